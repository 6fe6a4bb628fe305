import { unwrap, type Schemas } from '@prichal/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';

/** One key root per catalog entity; every change invalidates its root (lists and details). */
export const catalogKeys = {
  berths: ['catalog', 'berths'] as const,
  routes: ['catalog', 'routes'] as const,
  ticketTypes: ['catalog', 'ticket-types'] as const,
  categories: ['catalog', 'seat-categories'] as const,
  vessels: ['catalog', 'vessels'] as const,
  vessel: (id: string) => ['catalog', 'vessels', id] as const,
  sailings: ['catalog', 'sailings'] as const,
  sailing: (id: string) => ['catalog', 'sailings', 'one', id] as const,
  promos: ['catalog', 'promos'] as const,
};

function useInvalidate(...roots: ReadonlyArray<readonly string[]>) {
  const queryClient = useQueryClient();
  return () => {
    for (const root of roots) void queryClient.invalidateQueries({ queryKey: root });
    // The public sailing list (events) shows catalog data too.
    void queryClient.invalidateQueries({ queryKey: ['events'] });
  };
}

export const useBerths = () =>
  useQuery({ queryKey: catalogKeys.berths, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/berths', { signal })).items });
export const useRoutes = () =>
  useQuery({ queryKey: catalogKeys.routes, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/routes', { signal })).items });
export const useTicketTypes = () =>
  useQuery({ queryKey: catalogKeys.ticketTypes, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/ticket-types', { signal })).items });
export const useSeatCategories = () =>
  useQuery({ queryKey: catalogKeys.categories, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/seat-categories', { signal })).items });
export const useVessels = () =>
  useQuery({ queryKey: catalogKeys.vessels, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/vessels', { signal })).items });
export const usePromos = () =>
  useQuery({ queryKey: catalogKeys.promos, queryFn: async ({ signal }) => unwrap(await api.GET('/admin/promo-codes', { signal })).items });

export function useVessel(id: string) {
  return useQuery({
    queryKey: catalogKeys.vessel(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/vessels/{vesselId}', { params: { path: { vesselId: id } }, signal })),
  });
}

// Berths
export function useSaveBerth() {
  const invalidate = useInvalidate(catalogKeys.berths);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: Schemas['BerthInput'] }) =>
      id
        ? unwrap(await api.PATCH('/admin/berths/{berthId}', { params: { path: { berthId: id } }, body }))
        : unwrap(await api.POST('/admin/berths', { body })),
    onSuccess: invalidate,
  });
}
export function useDeleteBerth() {
  const invalidate = useInvalidate(catalogKeys.berths);
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/admin/berths/{berthId}', { params: { path: { berthId: id } } })),
    onSuccess: invalidate,
  });
}

// Routes
export function useSaveRoute() {
  const invalidate = useInvalidate(catalogKeys.routes);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: Schemas['RouteInput'] }) =>
      id
        ? unwrap(await api.PATCH('/admin/routes/{routeId}', { params: { path: { routeId: id } }, body }))
        : unwrap(await api.POST('/admin/routes', { body })),
    onSuccess: invalidate,
  });
}
export function useDeleteRoute() {
  const invalidate = useInvalidate(catalogKeys.routes);
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/admin/routes/{routeId}', { params: { path: { routeId: id } } })),
    onSuccess: invalidate,
  });
}

// Ticket types (the code is fixed once created)
export function useSaveTicketType() {
  const invalidate = useInvalidate(catalogKeys.ticketTypes);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: Schemas['TicketTypeInput'] }) => {
      if (!id) return unwrap(await api.POST('/admin/ticket-types', { body }));
      const { code: _code, ...update } = body;
      return unwrap(await api.PATCH('/admin/ticket-types/{ticketTypeId}', { params: { path: { ticketTypeId: id } }, body: update }));
    },
    onSuccess: invalidate,
  });
}
export function useDeleteTicketType() {
  const invalidate = useInvalidate(catalogKeys.ticketTypes);
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/admin/ticket-types/{ticketTypeId}', { params: { path: { ticketTypeId: id } } })),
    onSuccess: invalidate,
  });
}

// Seat categories (no delete in the API: a category may be priced on sold seats)
export function useSaveSeatCategory() {
  const invalidate = useInvalidate(catalogKeys.categories);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: Schemas['SeatCategoryInput'] }) => {
      if (!id) return unwrap(await api.POST('/admin/seat-categories', { body }));
      const { code: _code, ...update } = body;
      return unwrap(await api.PATCH('/admin/seat-categories/{categoryId}', { params: { path: { categoryId: id } }, body: update }));
    },
    onSuccess: invalidate,
  });
}

// Vessels and their seat layouts
export function useCreateVessel() {
  const invalidate = useInvalidate(catalogKeys.vessels);
  return useMutation({
    mutationFn: async (body: Schemas['CreateVesselRequest']) => unwrap(await api.POST('/admin/vessels', { body })),
    onSuccess: invalidate,
  });
}
export function useUpdateVessel(id: string) {
  const invalidate = useInvalidate(catalogKeys.vessels);
  return useMutation({
    mutationFn: async (body: Schemas['UpdateVesselRequest']) =>
      unwrap(await api.PATCH('/admin/vessels/{vesselId}', { params: { path: { vesselId: id } }, body })),
    onSuccess: invalidate,
  });
}
export function useReplaceLayout(id: string) {
  const invalidate = useInvalidate(catalogKeys.vessels);
  return useMutation({
    mutationFn: async (layout: Schemas['SeatLayoutInput']) =>
      unwrap(await api.PUT('/admin/vessels/{vesselId}/layout', { params: { path: { vesselId: id } }, body: layout })),
    onSuccess: invalidate,
  });
}
export function useDeleteVessel() {
  const invalidate = useInvalidate(catalogKeys.vessels);
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/admin/vessels/{vesselId}', { params: { path: { vesselId: id } } })),
    onSuccess: invalidate,
  });
}

// Promo codes
export function useSavePromo() {
  const invalidate = useInvalidate(catalogKeys.promos);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: Schemas['CreatePromoRequest'] }) => {
      if (!id) return unwrap(await api.POST('/admin/promo-codes', { body }));
      const { code: _code, ...update } = body;
      return unwrap(await api.PATCH('/admin/promo-codes/{promoId}', { params: { path: { promoId: id } }, body: update }));
    },
    onSuccess: invalidate,
  });
}

// Sailings
export const SAILING_FILTERS = ['dateFrom', 'dateTo', 'status', 'routeId', 'vesselId'] as const;
export type SailingFilters = Record<(typeof SAILING_FILTERS)[number], string>;
export const SAILINGS_PAGE_SIZE = 50;

export function useSailings(filters: SailingFilters, page: number) {
  const { status, ...rest } = filters;
  const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''));
  return useQuery({
    queryKey: [...catalogKeys.sailings, 'list', filters, page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/admin/sailings', {
          params: {
            query: {
              ...query,
              ...(status === 'scheduled' || status === 'cancelled' ? { status } : {}),
              limit: SAILINGS_PAGE_SIZE,
              offset: page * SAILINGS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ).items,
    placeholderData: (previous) => previous,
  });
}

export function useAdminSailing(id: string) {
  return useQuery({
    queryKey: catalogKeys.sailing(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/sailings/{eventId}', { params: { path: { eventId: id } }, signal })),
  });
}

export function useCreateSailing() {
  const invalidate = useInvalidate(catalogKeys.sailings, catalogKeys.vessels);
  return useMutation({
    mutationFn: async (body: Schemas['CreateSailingRequest']) => unwrap(await api.POST('/admin/sailings', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateSailing(id: string) {
  const invalidate = useInvalidate(catalogKeys.sailings, catalogKeys.vessels);
  return useMutation({
    mutationFn: async (body: Schemas['UpdateSailingRequest']) =>
      unwrap(await api.PATCH('/admin/sailings/{eventId}', { params: { path: { eventId: id } }, body })),
    onSuccess: invalidate,
  });
}

export function useSetSailingPrices(id: string) {
  const invalidate = useInvalidate(catalogKeys.sailings);
  return useMutation({
    mutationFn: async (body: Schemas['SailingPriceList']) =>
      unwrap(await api.PUT('/admin/sailings/{eventId}/prices', { params: { path: { eventId: id } }, body })),
    onSuccess: invalidate,
  });
}

export function useCancelSailing(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate(catalogKeys.sailings, catalogKeys.vessels);
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/admin/sailings/{eventId}/cancel', { params: { path: { eventId: id } }, body: { reason } })),
    onSuccess: () => {
      invalidate();
      // Its orders were cancelled or refunded.
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
}
