import type { DataSource } from 'typeorm';
import type { Bus } from '../../../platform/bus/bus';
import type { LocalizedText } from '../../../platform/http/locale';
import type { Logger } from '../../../platform/logger';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import type { VatMode } from '../vat';
import { CatalogAdminErrors } from './catalog-admin.errors';

export interface VatSettings {
  defaultMode: VatMode;
  defaultPercent: number;
  rates: Array<{ percent: number; label: LocalizedText; active: boolean }>;
}

export interface GeneralSettings {
  holdTtlSeconds: number;
  /** What HOLD_TTL_SECONDS says; used when no value is set here. */
  holdTtlDefaultSeconds: number;
  paymentWindowSeconds: number;
}

const SETTINGS_TOPIC = 'settings.changed';

/**
 * Settings staff change without a restart: VAT defaults and rates (in the catalog's tables),
 * and the hold TTL (runtime_setting), which seating reads from the object it was built with —
 * every API process updates that object when any of them changes the value (bus message), and
 * on start.
 */
export class SettingsService {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly bus: Bus,
    private readonly audit: AuditService,
    private readonly live: { holdTtlSeconds: number },
    private readonly defaults: { holdTtlSeconds: number; paymentWindowSeconds: number },
    private readonly logger: Logger,
  ) {}

  /** Applies the stored values, and keeps applying them as other processes change them. */
  async start(): Promise<void> {
    await this.apply();
    this.unsubscribe ??= this.bus.subscribe(SETTINGS_TOPIC, () => {
      this.apply().catch((error: unknown) => this.logger.error({ err: error }, 'reloading settings failed'));
    });
  }

  stop(): void {
    this.unsubscribe?.();
  }

  general(): GeneralSettings {
    return { holdTtlSeconds: this.live.holdTtlSeconds, holdTtlDefaultSeconds: this.defaults.holdTtlSeconds, paymentWindowSeconds: this.defaults.paymentWindowSeconds };
  }

  /** `null` returns to the environment's value. */
  async setHoldTtl(ctx: AuditContext, seconds: number | null): Promise<GeneralSettings> {
    const before = this.general().holdTtlSeconds;
    await this.db.transaction(async (tx) => {
      if (seconds === null) await tx.query("DELETE FROM runtime_setting WHERE key = 'hold_ttl_seconds'");
      else {
        await tx.query(
          `INSERT INTO runtime_setting (key, value) VALUES ('hold_ttl_seconds', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
          [JSON.stringify(seconds)],
        );
      }
      await this.audit.record(tx, ctx, {
        action: 'settings.update', entityType: 'settings', entityId: 'hold_ttl_seconds',
        before: { holdTtlSeconds: before }, after: { holdTtlSeconds: seconds ?? this.defaults.holdTtlSeconds },
      });
    });
    await this.apply();
    await this.bus.publish(SETTINGS_TOPIC, { key: 'hold_ttl_seconds' });
    return this.general();
  }

  async vat(): Promise<VatSettings> {
    const [defaults] = (await this.db.query('SELECT default_vat_mode, default_vat_percent FROM catalog_settings WHERE id = 1')) as Array<{
      default_vat_mode: VatMode; default_vat_percent: number;
    }>;
    const rates = (await this.db.query('SELECT percent, label, active FROM vat_rate ORDER BY percent')) as VatSettings['rates'];
    return { defaultMode: defaults!.default_vat_mode, defaultPercent: defaults!.default_vat_percent, rates };
  }

  /** The VAT every sailing without its own uses — from now on; orders already made keep theirs. */
  async setVatDefaults(ctx: AuditContext, input: { defaultMode: VatMode; defaultPercent: number }): Promise<VatSettings> {
    await this.db.transaction(async (tx) => {
      const [rate] = (await tx.query('SELECT 1 FROM vat_rate WHERE percent = $1 AND active', [input.defaultPercent])) as unknown[];
      if (!rate) throw CatalogAdminErrors.invalid([{ path: 'body.defaultPercent', message: 'is not an active VAT rate' }]);
      const [before] = (await tx.query('SELECT default_vat_mode, default_vat_percent FROM catalog_settings WHERE id = 1 FOR UPDATE')) as Array<{
        default_vat_mode: VatMode; default_vat_percent: number;
      }>;
      await tx.query('UPDATE catalog_settings SET default_vat_mode = $1, default_vat_percent = $2 WHERE id = 1', [input.defaultMode, input.defaultPercent]);
      await this.audit.record(tx, ctx, {
        action: 'settings.vat_change', entityType: 'settings', entityId: 'vat',
        ...changedFields({ defaultMode: before!.default_vat_mode, defaultPercent: before!.default_vat_percent }, { ...input }),
      });
    });
    return this.vat();
  }

  /** Adds a VAT rate or changes its label or whether it may be chosen. */
  async setVatRate(ctx: AuditContext, percent: number, input: { label: LocalizedText; active: boolean }): Promise<VatSettings> {
    await this.db.transaction(async (tx) => {
      const [current] = (await tx.query('SELECT label, active FROM vat_rate WHERE percent = $1 FOR UPDATE', [percent])) as Array<{ label: LocalizedText; active: boolean }>;
      if (!input.active) {
        const [isDefault] = (await tx.query('SELECT 1 FROM catalog_settings WHERE default_vat_percent = $1', [percent])) as unknown[];
        if (isDefault) throw CatalogAdminErrors.defaultRateInactive(percent);
      }
      await tx.query(
        'INSERT INTO vat_rate (percent, label, active) VALUES ($1, $2, $3) ON CONFLICT (percent) DO UPDATE SET label = EXCLUDED.label, active = EXCLUDED.active',
        [percent, input.label, input.active],
      );
      await this.audit.record(tx, ctx, {
        action: 'settings.vat_rate_change', entityType: 'vat_rate', entityId: String(percent), ...changedFields(current ? { ...current } : null, { ...input }),
      });
    });
    return this.vat();
  }

  private async apply(): Promise<void> {
    const [row] = (await this.db.query("SELECT value FROM runtime_setting WHERE key = 'hold_ttl_seconds'")) as Array<{ value: number }>;
    this.live.holdTtlSeconds = typeof row?.value === 'number' ? row.value : this.defaults.holdTtlSeconds;
  }
}
