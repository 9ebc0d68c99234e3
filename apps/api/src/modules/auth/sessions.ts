import type { EntityManager } from 'typeorm';
import { Session } from './session.entity';

/** Ends every open session of a user at once (inside the caller's transaction); returns how many. */
export async function endSessions(em: EntityManager, userId: string): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .update(Session)
    .set({ revokedAt: () => 'now()' })
    .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId })
    .execute();
  return result.affected ?? 0;
}
