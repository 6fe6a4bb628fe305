import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses, ProblemSchema } from '../../platform/http/problem-responses';
import { PROBLEM_CONTENT_TYPE } from '../../platform/errors/problem';
import { adminRoute } from './admin-route';
import { ChangePasswordBody, LoginBody, RefreshBody, StaffMeSchema, StaffSessionSchema } from './staff.schemas';

const tooManyAttempts = {
  429: { description: 'Too many login attempts; `Retry-After` says when to try again', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
};

export const staffLoginRoute = adminRoute('public', {
  method: 'post',
  path: '/admin/auth/login',
  operationId: 'staffLogin',
  tags: ['staff'],
  summary: 'Sign in to the CRM with e-mail and password',
  request: { body: jsonBody(LoginBody) },
  responses: { 200: jsonResponse(StaffSessionSchema, 'Signed in'), ...problemResponses(400, 401), ...tooManyAttempts },
});

export const staffRefreshRoute = adminRoute('public', {
  method: 'post',
  path: '/admin/auth/refresh',
  operationId: 'staffRefresh',
  tags: ['staff'],
  summary: 'Exchange a refresh token for new tokens (the old one stops working)',
  request: { body: jsonBody(RefreshBody) },
  responses: { 200: jsonResponse(StaffSessionSchema, 'New tokens'), ...problemResponses(400, 401) },
});

export const staffLogoutRoute = adminRoute('self', {
  method: 'post',
  path: '/admin/auth/logout',
  operationId: 'staffLogout',
  tags: ['staff'],
  summary: 'End this login (its refresh token and access token stop working)',
  responses: { 204: { description: 'Signed out' }, ...problemResponses() },
});

export const staffMeRoute = adminRoute('self', {
  method: 'get',
  path: '/admin/auth/me',
  operationId: 'getStaffMe',
  tags: ['staff'],
  summary: 'Who is signed in, and what they may do',
  responses: { 200: jsonResponse(StaffMeSchema, 'The signed-in staff member'), ...problemResponses() },
});

export const staffChangePasswordRoute = adminRoute('self', {
  method: 'post',
  path: '/admin/auth/password',
  operationId: 'changeStaffPassword',
  tags: ['staff'],
  summary: 'Change my password: every other login ends, this one gets new tokens',
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 200: jsonResponse(StaffSessionSchema, 'Password changed; new tokens'), ...problemResponses(400) },
});
