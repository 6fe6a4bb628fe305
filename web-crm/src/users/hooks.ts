import { unwrap, type Schemas } from '@prichal/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { meKey } from '../auth/keys';
import type { StaffUser } from '../auth/permissions';

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  one: (id: string) => [...userKeys.all, 'one', id] as const,
};

export function useUserList(enabled = true) {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/users', { signal })),
    enabled,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: userKeys.one(id),
    queryFn: async ({ signal }) => unwrap(await api.GET('/admin/users/{userId}', { params: { path: { userId: id } }, signal })),
  });
}

/** After a change: the user's cache gets the answer, the list reloads, and so may "me". */
function useStoreUser() {
  const queryClient = useQueryClient();
  return (user: StaffUser) => {
    queryClient.setQueryData(userKeys.one(user.id), user);
    void queryClient.invalidateQueries({ queryKey: userKeys.list() });
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export function useCreateUser() {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async (body: Schemas['CreateStaffUserRequest']) => unwrap(await api.POST('/admin/users', { body })),
    onSuccess: store,
  });
}

export function useUpdateUser(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateStaffUserRequest']) =>
      unwrap(await api.PATCH('/admin/users/{userId}', { params: { path: { userId: id } }, body })),
    onSuccess: store,
  });
}

export function useSetGrants(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async (grants: Schemas['StaffGrants']) =>
      unwrap(await api.PUT('/admin/users/{userId}/permissions', { params: { path: { userId: id } }, body: { grants } })),
    onSuccess: store,
  });
}

export function useResetPassword(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async (password: string) =>
      unwrap(await api.POST('/admin/users/{userId}/password', { params: { path: { userId: id } }, body: { password } })),
    onSuccess: store,
  });
}
