import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { adminRoute } from './admin-route';
import {
  CreateStaffUserBody, ResetPasswordBody, SetGrantsBody, StaffUserListSchema, StaffUserSchema, UpdateStaffUserBody, UserParams,
} from './staff.schemas';

export const listStaffUsersRoute = adminRoute('users:read', {
  method: 'get',
  path: '/admin/users',
  operationId: 'listStaffUsers',
  tags: ['staff'],
  summary: 'Staff users with their permissions, and the sections permissions are given for',
  responses: { 200: jsonResponse(StaffUserListSchema, 'Staff users'), ...problemResponses() },
});

export const createStaffUserRoute = adminRoute('users:write', {
  method: 'post',
  path: '/admin/users',
  operationId: 'createStaffUser',
  tags: ['staff'],
  summary: 'Add a staff user (who must change the given password at the first sign-in)',
  request: { body: jsonBody(CreateStaffUserBody) },
  responses: { 201: jsonResponse(StaffUserSchema, 'The new user'), ...problemResponses(400, 409) },
});

export const getStaffUserRoute = adminRoute('users:read', {
  method: 'get',
  path: '/admin/users/{userId}',
  operationId: 'getStaffUser',
  tags: ['staff'],
  summary: 'One staff user',
  request: { params: UserParams },
  responses: { 200: jsonResponse(StaffUserSchema, 'The user'), ...problemResponses(400, 404) },
});

export const updateStaffUserRoute = adminRoute('users:write', {
  method: 'patch',
  path: '/admin/users/{userId}',
  operationId: 'updateStaffUser',
  tags: ['staff'],
  summary: 'Rename, change the role of, deactivate (ending every login at once) or reactivate a staff user',
  request: { params: UserParams, body: jsonBody(UpdateStaffUserBody) },
  responses: { 200: jsonResponse(StaffUserSchema, 'The user'), ...problemResponses(400, 404, 409) },
});

export const setStaffGrantsRoute = adminRoute('users:write', {
  method: 'put',
  path: '/admin/users/{userId}/permissions',
  operationId: 'setStaffPermissions',
  tags: ['staff'],
  summary: "Set a Manager's access per section (replaces the whole set)",
  request: { params: UserParams, body: jsonBody(SetGrantsBody) },
  responses: { 200: jsonResponse(StaffUserSchema, 'The user'), ...problemResponses(400, 404) },
});

export const resetStaffPasswordRoute = adminRoute('users:write', {
  method: 'post',
  path: '/admin/users/{userId}/password',
  operationId: 'resetStaffPassword',
  tags: ['staff'],
  summary: 'Set a temporary password: every login of the user ends, and they must change it at the next sign-in',
  request: { params: UserParams, body: jsonBody(ResetPasswordBody) },
  responses: { 200: jsonResponse(StaffUserSchema, 'The user'), ...problemResponses(400, 404) },
});
