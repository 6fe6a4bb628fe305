import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../../platform/db/base.entity';
import { localizedColumn, type LocalizedText } from './localized';

/** Adult, child, concession… — who a ticket is for. */
@Entity('ticket_type')
export class TicketType extends BaseEntity {
  @Column({ name: 'code', type: 'text' })
  code: string;

  @Column(localizedColumn('name'))
  name: LocalizedText;

  @Column(localizedColumn('description'))
  description: LocalizedText;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz' })
  deletedAt: Date | null;
}
