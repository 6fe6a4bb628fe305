import { Column, DeleteDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';

@Entity('route')
export class Route extends BaseEntity {
  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column(localizedColumn('description'))
  description: LocalizedText;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}

/** One call of a route at a berth; position 0 is the departure. */
@Entity('route_stop')
export class RouteStop {
  @PrimaryColumn({ name: 'route_id', type: 'uuid' })
  routeId: string;

  @PrimaryColumn({ name: 'position', type: 'smallint' })
  position: number;

  @Column({ name: 'berth_id', type: 'uuid' })
  berthId: string;

  @Column({ name: 'offset_minutes', type: 'integer' })
  offsetMinutes: number;
}
