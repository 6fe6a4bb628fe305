import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';

/** A pier where sailings depart and call. */
@Entity('berth')
export class Berth extends BaseEntity {
  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column(localizedColumn('address'))
  address: LocalizedText;

  /** numeric(9,6) comes back from pg as a string; kept as such to avoid float drift. */
  @Column({ name: 'latitude', type: 'numeric', precision: 9, scale: 6 })
  latitude: string;

  @Column({ name: 'longitude', type: 'numeric', precision: 9, scale: 6 })
  longitude: string;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}
