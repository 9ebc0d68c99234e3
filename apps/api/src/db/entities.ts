import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { PasswordLink } from '../modules/auth/password-link.entity';
import { Role } from '../modules/auth/role.entity';
import { Session } from '../modules/auth/session.entity';
import { StaffUser } from '../modules/auth/staff-user.entity';
import { CustomerAddress } from '../modules/addresses/customer-address.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { CustomerEntity } from '../modules/customers/customer.entity';
import { JobProgress } from '../modules/jobs/job-progress.entity';
import { CustomerNote } from '../modules/notes/customer-note.entity';
import { PopupNoteDismissal } from '../modules/notes/popup-note-dismissal.entity';
import { Reseller } from '../modules/resellers/reseller.entity';

/** Every TypeORM entity; a new module adds its entities here and a migration. */
export const ENTITIES = [
  Reseller,
  Role,
  StaffUser,
  Session,
  ApiToken,
  PasswordLink,
  CustomerEntity,
  Contact,
  CustomerAddress,
  CustomerNote,
  PopupNoteDismissal,
  AuditEntry,
  JobProgress,
];
