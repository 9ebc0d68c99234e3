import { or } from 'graphql-shield';
import { can, isAuthenticated, widgetField, type RuleFragment } from '../../kernel/rules';

const writeAccounts = can('dataAccounts:write');
const writeChanges = can('packageChanges:write');

export const dataAccountRules: RuleFragment = {
  // The packages a customer may be put on, for whoever adds accounts or schedules changes.
  Query: { offeredDataPackages: or(can('dataAccounts:read'), can('packageChanges:read')) },
  Customer: { dataAccounts: widgetField('dataAccounts:read'), packageChanges: widgetField('packageChanges:read') },
  Mutation: {
    addDataAccount: writeAccounts,
    updateDataAccount: writeAccounts,
    changeDataAccountPackage: writeAccounts,
    suspendDataAccount: writeAccounts,
    unsuspendDataAccount: writeAccounts,
    cancelDataAccount: writeAccounts,
    suspendCustomerDataAccounts: writeAccounts,
    cancelCustomerDataAccounts: writeAccounts,
    setDataAccountPassword: writeAccounts,
    regenerateDataAccountPassword: writeAccounts,
    schedulePackageChange: writeChanges,
    cancelPackageChange: writeChanges,
  },
  DataAccount: isAuthenticated,
  DataAccountPassword: isAuthenticated,
  InstallationAddress: isAuthenticated,
  PackageChange: isAuthenticated,
};
