import { unwrap, type Schemas } from '@prichal/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

export type Requisites = Schemas['CompanyRequisites'];
export type NotificationTemplate = Schemas['NotificationTemplate'];
export type TemplateId = Pick<NotificationTemplate, 'type' | 'locale' | 'channel'>;
export type DeadJob = Schemas['DeadJob'];

export const settingsKeys = {
  general: ['settings', 'general'] as const,
  vat: ['settings', 'vat'] as const,
  requisites: ['settings', 'requisites'] as const,
  templates: ['settings', 'templates'] as const,
  template: ({ type, locale, channel }: TemplateId) => [...settingsKeys.templates, type, locale, channel] as const,
  deadJobs: ['settings', 'dead-jobs'] as const,
};

export const useGeneralSettings = () =>
  useQuery({ queryKey: settingsKeys.general, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/settings', { signal })) });
export const useVatSettings = () =>
  useQuery({ queryKey: settingsKeys.vat, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/settings/vat', { signal })) });

export function useSaveGeneralSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['GeneralSettingsRequest']) => unwrap(await api.PATCH('/admin/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.general, settings),
  });
}

export function useSaveVatDefaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['VatDefaultsRequest']) => unwrap(await api.PUT('/admin/settings/vat', { body })),
    onSuccess: (vat) => queryClient.setQueryData(settingsKeys.vat, vat),
  });
}

export function useSaveVatRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ percent, ...body }: Schemas['VatRateRequest'] & { percent: number }) =>
      unwrap(await api.PUT('/admin/settings/vat/rates/{percent}', { params: { path: { percent } }, body })),
    onSuccess: (vat) => queryClient.setQueryData(settingsKeys.vat, vat),
  });
}

/** The company requisites every invoice and act prints. */
export const useRequisites = () =>
  useQuery({ queryKey: settingsKeys.requisites, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/settings/requisites', { signal })) });

export function useSaveRequisites() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Requisites) => unwrap(await api.PUT('/admin/settings/requisites', { body })),
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.requisites, saved),
  });
}

/** Every message template (type × language × channel): a few dozen, so one request. */
export const useTemplates = () =>
  useQuery({
    queryKey: settingsKeys.templates,
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/settings/notification-templates', { signal })).items,
  });

export function useTemplate(id: TemplateId) {
  return useQuery({
    queryKey: settingsKeys.template(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/admin/settings/notification-templates/{type}/{locale}/{channel}', { params: { path: id }, signal })),
  });
}

export function useSaveTemplate(id: TemplateId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateNotificationTemplateRequest']) =>
      unwrap(await api.PUT('/admin/settings/notification-templates/{type}/{locale}/{channel}', { params: { path: id }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.template(id), saved);
      void queryClient.invalidateQueries({ queryKey: settingsKeys.templates, exact: true });
    },
  });
}

/** Background jobs that failed every attempt; always asked afresh (they are why one opens the page). */
export const useDeadJobs = () =>
  useQuery({
    queryKey: settingsKeys.deadJobs,
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/jobs/dead', { signal })).items,
    staleTime: 0,
  });

export function useReplayJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (jobId: string) => unwrap(await api.POST('/admin/jobs/{jobId}/replay', { params: { path: { jobId } } })),
    onSuccess: (replayed) => {
      queryClient.setQueryData<DeadJob[]>(settingsKeys.deadJobs, (jobs) => jobs?.filter((job) => job.id !== replayed.id));
    },
  });
}
