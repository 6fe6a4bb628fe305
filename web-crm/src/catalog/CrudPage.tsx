import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { Empty, ErrorMessage, Loading, useErrorText } from '../ui/Status';

export interface Column<T> {
  head: string;
  cell: (item: T) => ReactNode;
  className?: string;
}

/**
 * A catalog list with add, edit and (optionally) delete — the shape berths, routes, ticket
 * types, seat categories and promo codes share. Editing needs catalog:write; the form is the
 * page's own (`renderForm`), given the item (null for a new one) and a `close`.
 */
export function CrudPage<T extends { id: string }>({
  title,
  intro,
  query,
  columns,
  renderForm,
  onDelete,
  addLabel,
}: {
  title: string;
  intro?: string;
  query: { data?: T[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  columns: Array<Column<T>>;
  renderForm: (item: T | null, close: () => void) => ReactNode;
  onDelete?: { run: (id: string) => Promise<unknown>; label: (item: T) => string };
  addLabel: string;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const errorText = useErrorText();
  const canWrite = auth.can('catalog:write');
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const items = query.data ?? [];

  async function remove(item: T) {
    if (!onDelete || !window.confirm(t('catalog.confirmDelete', { name: onDelete.label(item) }))) return;
    setDeleteError(null);
    try {
      await onDelete.run(item.id);
    } catch (failure) {
      setDeleteError(failure);
    }
  }

  return (
    <section className="page" aria-labelledby="crud-title">
      <div className="page__head">
        <h1 id="crud-title">{title}</h1>
        {intro && <p className="muted">{intro}</p>}
        {canWrite && editing === null && (
          <div className="page__tools">
            <button type="button" className="button" onClick={() => setEditing('new')}>
              {addLabel}
            </button>
          </div>
        )}
      </div>
      {editing !== null && renderForm(editing === 'new' ? null : editing, () => setEditing(null))}
      {deleteError !== null && (
        <p className="status status--error" role="alert">
          {errorText(deleteError)}
        </p>
      )}
      {query.isPending && <Loading>{t('catalog.loading')}</Loading>}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {!query.isPending && !query.isError && items.length === 0 && <Empty>{t('catalog.empty')}</Empty>}
      {items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="crud-title" tabIndex={0}>
          <table className="table table--compact">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.head} scope="col" className={column.className}>
                    {column.head}
                  </th>
                ))}
                {canWrite && <th scope="col">{t('catalog.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  {columns.map((column) => (
                    <td key={column.head} className={column.className}>
                      {column.cell(item)}
                    </td>
                  ))}
                  {canWrite && (
                    <td className="nowrap">
                      <button type="button" className="button button--link" onClick={() => setEditing(item)}>
                        {t('common.edit')}
                      </button>{' '}
                      {onDelete && (
                        <button type="button" className="button button--link" onClick={() => void remove(item)}>
                          {t('common.delete')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The card around an add/edit form, with Save and Cancel. */
export function EditCard({
  title,
  onSubmit,
  onCancel,
  busy,
  error,
  fields,
  children,
}: {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
  fields?: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="card form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2>{title}</h2>
      {children}
      {error !== null && error !== undefined && <ErrorMessage error={error} {...(fields ? { fields } : {})} />}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
