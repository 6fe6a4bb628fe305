import { createRouter } from '../../platform/http/router';
import { auditContextOf } from '../staff/staff-request';
import { listDeadJobsRoute, replayDeadJobRoute } from './dead-jobs.routes';

/** The CRM's list of jobs that failed for good, and their replay. */
export const deadJobsRouter = createRouter()
  .openapi(listDeadJobsRoute, async (c) => c.json({ items: await c.var.services.operations.deadJobs.list() }, 200))
  .openapi(replayDeadJobRoute, async (c) => c.json(await c.var.services.operations.deadJobs.replay(auditContextOf(c), c.req.valid('param').jobId), 200));
