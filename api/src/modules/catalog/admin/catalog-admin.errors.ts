import { AppError, type FieldProblem } from '../../../platform/errors/app-error';

export const CatalogAdminErrors = {
  notFound: (entity: string, id: string) =>
    new AppError(`${entity}_not_found`, 404, { detail: `No ${entity.replace(/_/g, ' ')} ${id}`, params: { id } }),
  invalid: (errors: FieldProblem[]) =>
    new AppError('validation_failed', 400, { detail: `Invalid request: ${errors.map((e) => `${e.path} — ${e.message}`).join('; ')}`, errors }),
  inUse: (entity: string, id: string, usedBy: string) =>
    new AppError(`${entity}_in_use`, 409, { detail: `This ${entity.replace(/_/g, ' ')} is used by ${usedBy}`, params: { id, usedBy } }),
  codeTaken: (entity: string, code: string) =>
    new AppError(`${entity}_code_taken`, 409, { detail: `The code ${code} is taken`, params: { code } }),
  layoutDropsTakenSeats: (vesselId: string, seats: string[]) =>
    new AppError('layout_drops_taken_seats', 409, {
      detail: `These seats are sold or held on upcoming sailings and must stay: ${seats.join(', ')}`,
      params: { vesselId, seats },
    }),
  notAssigned: (vesselId: string) =>
    new AppError('vessel_not_assigned_seating', 409, { detail: 'A general-admission vessel has no seat layout', params: { vesselId } }),
  capacityBelowSold: (vesselId: string) =>
    new AppError('capacity_below_sold', 409, { detail: 'Upcoming sailings already hold or sold more places than that', params: { vesselId } }),
  sailingHasSales: (eventId: string) =>
    new AppError('sailing_has_sales', 409, { detail: 'Seats of this sailing are sold or held; its vessel cannot change', params: { eventId } }),
  sailingCancelled: (eventId: string) =>
    new AppError('sailing_cancelled', 409, { detail: 'This sailing is cancelled and cannot change', params: { eventId } }),
  sailingDeparted: (eventId: string) =>
    new AppError('sailing_departed', 409, { detail: 'This sailing has already departed', params: { eventId } }),
  defaultRateInactive: (percent: number) =>
    new AppError('vat_rate_is_default', 409, { detail: `${percent} % is the default VAT rate and must stay active`, params: { percent } }),
};
