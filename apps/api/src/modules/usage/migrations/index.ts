// This module's migrations, oldest first (the generator rewrites this file).
import { RadiusAccounting1795424900000 } from './1795424900000-RadiusAccounting';

export const MIGRATIONS: Function[] = [RadiusAccounting1795424900000];
