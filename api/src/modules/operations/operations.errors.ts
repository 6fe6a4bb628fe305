import { AppError } from '../../platform/errors/app-error';

export const OperationsErrors = {
  /** No job with this id is dead (it never was, or it was replayed already). */
  deadJobNotFound: (jobId: string) =>
    new AppError('dead_job_not_found', 404, { detail: `No dead job ${jobId}: it does not exist, or it is not dead (replayed already?)`, params: { jobId } }),
};
