import { jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { adminRoute } from '../staff/admin-route';
import { DeadJobListSchema, JobParams, ReplayedJobSchema } from './dead-jobs.schemas';

// Listed with the settings in the CRM (and the API reference), where staff look for them.
const tags = ['settings'];

export const listDeadJobsRoute = adminRoute('settings:read', {
  method: 'get', path: '/admin/jobs/dead', operationId: 'listAdminDeadJobs', tags,
  summary: 'Background jobs (emails, documents…) that failed every attempt, newest first (at most 500)',
  responses: { 200: jsonResponse(DeadJobListSchema, 'Dead jobs'), ...problemResponses() },
});

export const replayDeadJobRoute = adminRoute('settings:write', {
  method: 'post', path: '/admin/jobs/{jobId}/replay', operationId: 'replayAdminDeadJob', tags,
  summary: 'Run a dead job again from its first attempt (consumers are idempotent: what it did already is not done twice)',
  request: { params: JobParams },
  responses: { 200: jsonResponse(ReplayedJobSchema, 'Queued again'), ...problemResponses(400, 404) },
});
