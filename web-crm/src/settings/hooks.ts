import { unwrap, type Schemas } from '@prichal/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

export const settingsKeys = { general: ['settings', 'general'] as const, vat: ['settings', 'vat'] as const };

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
