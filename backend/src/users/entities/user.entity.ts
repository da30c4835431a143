import { Role } from '@accord/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  email!: string;

  @Column()
  displayName!: string;

  @Column({ select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column()
  version!: number;
}
