import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';

export type SeatingMode = 'assigned' | 'general';

/** A boat or ship; assigned-seating vessels carry a seat layout (see seat-layout.entity.ts). */
@Entity('vessel')
export class Vessel extends BaseEntity {
  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column({ name: 'seating_mode', type: 'text' })
  seatingMode: SeatingMode;

  @Column({ name: 'capacity', type: 'integer' })
  capacity: number;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}
