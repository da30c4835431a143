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

  /** Holds every permission on every agreement; other users act through memberships. */
  @Column()
  isAdmin!: boolean;

  /** A disabled account cannot sign in and its tokens stop working; it stays as author and actor. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column()
  version!: number;
}
