/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      role\n      reseller {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AdminChoices {\n    roles {\n      id\n      name\n      resellerScoped\n    }\n    resellers {\n      id\n      name\n    }\n  }\n": typeof types.AdminChoicesDocument,
    "\n  query CataloguePackages {\n    dataPackages(includeInactive: true) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n      currency\n      vatTreatment\n      active\n      overageBilled\n      overageCentsPerGb\n      version\n    }\n  }\n": typeof types.CataloguePackagesDocument,
    "\n  mutation CreateDataPackage($input: CreateDataPackageInput!) {\n    createDataPackage(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateDataPackageDocument,
    "\n  mutation UpdateDataPackage($input: UpdateDataPackageInput!) {\n    updateDataPackage(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateDataPackageDocument,
    "\n  query Resellers {\n    resellers {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.CreateResellerDocument,
    "\n  query Roles {\n    roles {\n      id\n      name\n      description\n      permissions\n      builtin\n      resellerScoped\n    }\n  }\n": typeof types.RolesDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation GrantPermission($role: String!, $permission: String!) {\n    grantPermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n": typeof types.GrantPermissionDocument,
    "\n  mutation RevokePermission($role: String!, $permission: String!) {\n    revokePermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n": typeof types.RevokePermissionDocument,
    "\n  query StaffUsers {\n    staffUsers {\n      id\n      name\n      email\n      role\n      reseller {\n        id\n        name\n      }\n      active\n      passwordSet\n      createdAt\n      lastSignInAt\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      user {\n        id\n        name\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation AssignRole($userId: ID!, $role: String!) {\n    assignRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        passwordSet\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment VoipTariffFields on VoipTariff {\n    id\n    name\n    description\n    active\n    fallbackMarkupPercent\n    version\n    rates {\n      callClass\n      ratePerMinuteCents\n      billingIncrementSeconds\n      minimumChargeCents\n      connectionFeeCents\n      markupPercent\n    }\n  }\n": typeof types.VoipTariffFieldsFragmentDoc,
    "\n  query VoipTariffsAdmin {\n    voipTariffs(includeInactive: true) {\n      ...VoipTariffFields\n    }\n  }\n": typeof types.VoipTariffsAdminDocument,
    "\n  mutation CreateVoipTariff($input: VoipTariffInput!) {\n    createVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n": typeof types.CreateVoipTariffDocument,
    "\n  mutation UpdateVoipTariff($input: UpdateVoipTariffInput!) {\n    updateVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n": typeof types.UpdateVoipTariffDocument,
    "\n  query Me {\n    me {\n      id\n      kind\n      name\n      email\n      role\n      permissions\n      reseller {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment CustomerLink_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n": typeof types.CustomerLink_CustomerFragmentDoc,
    "\n  fragment CustomerListDetails_customer on Customer {\n    id\n    accountDetails {\n      phone\n      mobile\n      emails\n      joinedAt\n    }\n  }\n": typeof types.CustomerListDetails_CustomerFragmentDoc,
    "\n  fragment CustomerBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n": typeof types.CustomerBalance_CustomerFragmentDoc,
    "\n  query CustomerList($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCountAtLeast\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          accountNumber\n          status\n          ...CustomerLink_customer\n        }\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  fragment CustomerSummaryDetails_customer on Customer {\n    id\n    accountDetails {\n      companyName\n      customerType\n      phone\n      emails\n      joinedAt\n      physicalAddress {\n        city\n        region\n      }\n    }\n  }\n": typeof types.CustomerSummaryDetails_CustomerFragmentDoc,
    "\n  query CustomerSummary($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      accountNumber\n      status\n    }\n  }\n": typeof types.CustomerSummaryDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n": typeof types.SetPasswordWithLinkDocument,
    "\n  fragment PostalAddressFields on PostalAddress {\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n": typeof types.PostalAddressFieldsFragmentDoc,
    "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": typeof types.CustomerProfileDocument,
    "\n  fragment ProfileHeader_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n": typeof types.ProfileHeader_CustomerFragmentDoc,
    "\n  fragment ProfileBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n": typeof types.ProfileBalance_CustomerFragmentDoc,
    "\n  fragment ProfilePopupNotes_customer on Customer {\n    id\n    popupNotes {\n      id\n      body\n      category\n      authorName\n      createdAt\n    }\n  }\n": typeof types.ProfilePopupNotes_CustomerFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    phone\n    email\n    isPrimary\n    version\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment AccountDetailsWidget_customer on Customer {\n    id\n    accountDetails {\n      name\n      companyName\n      accountNumber\n      status\n      customerType\n      customerGroup\n      emails\n      phone\n      mobile\n      vatNumber\n      accountManager {\n        id\n        name\n      }\n      reseller {\n        id\n        name\n      }\n      physicalAddress {\n        ...PostalAddressFields\n      }\n      postalAddress {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      joinedAt\n      version\n    }\n    contacts {\n      ...ContactFields\n    }\n  }\n": typeof types.AccountDetailsWidget_CustomerFragmentDoc,
    "\n  mutation UpdateAccountDetails($input: UpdateAccountDetailsInput!) {\n    updateAccountDetails(input: $input) {\n      id\n      name\n      status\n      accountDetails {\n        name\n        version\n      }\n    }\n  }\n": typeof types.UpdateAccountDetailsDocument,
    "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": typeof types.RemoveContactDocument,
    "\n  fragment ActiveSessionsWidget_customer on Customer {\n    id\n    activeSessions {\n      id\n      username\n      nasAddress\n      nasName\n      framedIp\n      macAddress\n      startedAt\n      lastUpdateAt\n      durationSeconds\n      uploadBytes\n      downloadBytes\n      stale\n    }\n  }\n": typeof types.ActiveSessionsWidget_CustomerFragmentDoc,
    "\n  mutation DisconnectSession($id: ID!) {\n    disconnectSession(sessionId: $id) {\n      sessionId\n      outcome\n      errorCause\n      nasAddress\n    }\n  }\n": typeof types.DisconnectSessionDocument,
    "\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n": typeof types.AddressesWidget_CustomerFragmentDoc,
    "\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n": typeof types.RemoveAddressDocument,
    "\n  fragment AgeAnalysisWidget_customer on Customer {\n    id\n    ageAnalysis {\n      currency\n      asOf\n      currentCents\n      days30Cents\n      days60Cents\n      days90Cents\n      days120PlusCents\n      unallocatedCreditCents\n      balanceCents\n      openItems { kind id reference date dueDate side amountCents openCents daysOverdue }\n    }\n  }\n": typeof types.AgeAnalysisWidget_CustomerFragmentDoc,
    "\n  mutation UpdateAgeAnalysis($customerId: ID!) {\n    updateAgeAnalysis(customerId: $customerId) { id }\n  }\n": typeof types.UpdateAgeAnalysisDocument,
    "\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditTrailPage_ConnectionFragmentDoc,
    "\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n": typeof types.AuditTrailWidget_CustomerFragmentDoc,
    "\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n": typeof types.AuditTrailEntry_EntryFragmentDoc,
    "\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n": typeof types.AuditTrailPageDocument,
    "\n  fragment BillingDetailsWidget_customer on Customer {\n    id\n    billingDetails {\n      paymentMethod\n      verification\n      billingCycle\n      vatRateBasisPoints\n      vatNumber\n      creditLimitCents\n      doNotSuspend\n      billStyle\n      currency\n      version\n      debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay }\n      card { brand last4 expiry tokenOnFile }\n      paymentTerms { kind value summary dueForInvoiceToday }\n      billLengths { email download print }\n      lowInvoice { rule thresholdCents chargeCents }\n      annualIncrease { profile referenceDate }\n    }\n  }\n": typeof types.BillingDetailsWidget_CustomerFragmentDoc,
    "\n  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {\n    updateBillingDetails(input: $input) {\n      version\n    }\n  }\n": typeof types.UpdateBillingDetailsDocument,
    "\n  query OfferedPackages($customerId: ID!) {\n    offeredDataPackages(customerId: $customerId) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n    }\n  }\n": typeof types.OfferedPackagesDocument,
    "\n  query InstallationSites($id: ID!) {\n    customer(id: $id) {\n      id\n      addresses {\n        id\n        label\n        kind\n      }\n    }\n  }\n": typeof types.InstallationSitesDocument,
    "\n  mutation AddDataAccount($input: AddDataAccountInput!) {\n    addDataAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n": typeof types.AddDataAccountDocument,
    "\n  mutation UpdateDataAccount($input: UpdateDataAccountInput!) {\n    updateDataAccount(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateDataAccountDocument,
    "\n  mutation ChangeDataAccountPackage($id: ID!, $packageId: ID!) {\n    changeDataAccountPackage(id: $id, packageId: $packageId) {\n      id\n      version\n    }\n  }\n": typeof types.ChangeDataAccountPackageDocument,
    "\n  mutation SuspendDataAccount($id: ID!, $reason: String!) {\n    suspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendDataAccountDocument,
    "\n  mutation UnsuspendDataAccount($id: ID!, $reason: String!) {\n    unsuspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.UnsuspendDataAccountDocument,
    "\n  mutation CancelDataAccount($id: ID!, $reason: String!, $endDate: String) {\n    cancelDataAccount(id: $id, reason: $reason, endDate: $endDate) {\n      id\n      status\n    }\n  }\n": typeof types.CancelDataAccountDocument,
    "\n  mutation SuspendAllDataAccounts($customerId: ID!, $reason: String!) {\n    suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.SuspendAllDataAccountsDocument,
    "\n  mutation CancelAllDataAccounts($customerId: ID!, $reason: String!) {\n    cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.CancelAllDataAccountsDocument,
    "\n  mutation SetDataAccountPassword($id: ID!, $password: String!) {\n    setDataAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.SetDataAccountPasswordDocument,
    "\n  mutation RegenerateDataAccountPassword($id: ID!) {\n    regenerateDataAccountPassword(id: $id) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n": typeof types.RegenerateDataAccountPasswordDocument,
    "\n  fragment DataAccountsWidget_customer on Customer {\n    id\n    dataAccounts {\n      id\n      username\n      status\n      statusReason\n      statusChangedAt\n      startDate\n      endDate\n      staticIp\n      notes\n      customPriceCents\n      monthlyPrice {\n        cents\n        currency\n      }\n      version\n      package {\n        id\n        name\n        downloadKbps\n        uploadKbps\n        dataCapBytes\n      }\n      installationAddress {\n        id\n        label\n        summary\n      }\n    }\n  }\n": typeof types.DataAccountsWidget_CustomerFragmentDoc,
    "\n  fragment DataUsageFields on DataUsage {\n    view\n    year\n    years\n    totals {\n      period\n      uploadBytes\n      downloadBytes\n    }\n    accounts {\n      dataAccountId\n      username\n      status\n      periods {\n        period\n        uploadBytes\n        downloadBytes\n      }\n      currentMonth {\n        month\n        usedBytes\n        capBytes\n        percentOfCap\n      }\n    }\n  }\n": typeof types.DataUsageFieldsFragmentDoc,
    "\n  fragment DataUsageWidget_customer on Customer {\n    id\n    dataUsage {\n      ...DataUsageFields\n    }\n  }\n": typeof types.DataUsageWidget_CustomerFragmentDoc,
    "\n  query DataUsage($id: ID!, $view: UsageView!, $year: Int) {\n    customer(id: $id) {\n      id\n      dataUsage(view: $view, year: $year) {\n        ...DataUsageFields\n      }\n    }\n  }\n": typeof types.DataUsageDocument,
    "\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n": typeof types.NoteFieldsFragmentDoc,
    "\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n": typeof types.NotesWidget_CustomerFragmentDoc,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n": typeof types.SetNotePopupDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n": typeof types.RemoveNoteDocument,
    "\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n": typeof types.DismissPopupNoteDocument,
    "\n  fragment NotificationSettingsWidget_customer on Customer {\n    id\n    notificationSettings {\n      id\n      orphanedCount\n      cells {\n        id\n        kind\n        channel\n        destinations {\n          id\n          address\n          orphaned\n        }\n      }\n    }\n  }\n": typeof types.NotificationSettingsWidget_CustomerFragmentDoc,
    "\n  mutation SetNotificationDestinations($input: SetNotificationDestinationsInput!) {\n    setNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n": typeof types.SetNotificationDestinationsDocument,
    "\n  mutation ApplyDefaultNotificationDestinations($input: ApplyDefaultNotificationDestinationsInput!) {\n    applyDefaultNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n": typeof types.ApplyDefaultNotificationDestinationsDocument,
    "\n  query ChangeableAccounts($id: ID!) {\n    customer(id: $id) {\n      id\n      dataAccounts {\n        id\n        username\n        status\n        package {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChangeableAccountsDocument,
    "\n  mutation SchedulePackageChange($input: SchedulePackageChangeInput!) {\n    schedulePackageChange(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.SchedulePackageChangeDocument,
    "\n  mutation CancelPackageChange($id: ID!) {\n    cancelPackageChange(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelPackageChangeDocument,
    "\n  fragment PackageChangesWidget_customer on Customer {\n    id\n    packageChanges(first: 20) {\n      id\n      dataAccountId\n      username\n      effectiveDate\n      state\n      immediate\n      submittedByName\n      submittedAt\n      settledAt\n      reason\n      fromPackage {\n        id\n        name\n      }\n      toPackage {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PackageChangesWidget_CustomerFragmentDoc,
    "\n  fragment PaymentReceiptsWidget_customer on Customer {\n    id\n    paymentReceipts {\n      id\n      kind\n      receivedOn\n      method\n      reference\n      amountCents\n      reversed\n      reason\n      unallocatedCents\n      currency\n      allocations { kind id reference amountCents }\n    }\n  }\n": typeof types.PaymentReceiptsWidget_CustomerFragmentDoc,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation AllocatePayment($input: AllocatePaymentInput!) {\n    allocatePayment(input: $input) { id }\n  }\n": typeof types.AllocatePaymentDocument,
    "\n  mutation ReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) { id }\n  }\n": typeof types.ReversePaymentDocument,
    "\n  mutation ImportBankStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      lines\n      imported\n      duplicates\n      unmatched { line reference amountCents }\n      rejected { line message }\n    }\n  }\n": typeof types.ImportBankStatementDocument,
    "\n  query PaymentOpenItems($id: ID!) {\n    customer(id: $id) {\n      id\n      ageAnalysis { currency openItems { kind id reference dueDate side openCents } }\n    }\n  }\n": typeof types.PaymentOpenItemsDocument,
    "\n  fragment PhoneUsageRowFields on PhoneUsageRow {\n    period\n    callClass\n    calls\n    minutes\n    costCents\n  }\n": typeof types.PhoneUsageRowFieldsFragmentDoc,
    "\n  fragment PhoneUsageWidget_customer on Customer {\n    id\n    phoneUsage {\n      year\n      currency\n      months {\n        ...PhoneUsageRowFields\n      }\n      years {\n        ...PhoneUsageRowFields\n      }\n    }\n  }\n": typeof types.PhoneUsageWidget_CustomerFragmentDoc,
    "\n  query PhoneUsageYear($id: ID!, $year: Int!) {\n    customer(id: $id) {\n      id\n      phoneUsage(year: $year) {\n        year\n        currency\n        months {\n          ...PhoneUsageRowFields\n        }\n      }\n    }\n  }\n": typeof types.PhoneUsageYearDocument,
    "\n  mutation GenerateRecurringBilling($customerId: ID!) {\n    generateRecurringBilling(customerId: $customerId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n": typeof types.GenerateRecurringBillingDocument,
    "\n  mutation GenerateRecurringInvoice($customerId: ID!) {\n    generateRecurringInvoice(customerId: $customerId) {\n      id\n      state\n      totalCents\n    }\n  }\n": typeof types.GenerateRecurringInvoiceDocument,
    "\n  mutation AddOneOffCharge($input: AddChargeInput!) {\n    addCharge(input: $input) {\n      id\n    }\n  }\n": typeof types.AddOneOffChargeDocument,
    "\n  mutation RemovePendingCharge($lineId: ID!) {\n    removePendingCharge(lineId: $lineId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n": typeof types.RemovePendingChargeDocument,
    "\n  mutation ApproveRunInvoice($input: ApproveInvoiceInput!) {\n    approveInvoice(input: $input) {\n      id\n      number\n      state\n    }\n  }\n": typeof types.ApproveRunInvoiceDocument,
    "\n  mutation DownloadInvoice($invoiceId: ID!, $length: BillLength!) {\n    downloadInvoice(invoiceId: $invoiceId, length: $length) {\n      fileName\n      url\n      sha256\n    }\n  }\n": typeof types.DownloadInvoiceDocument,
    "\n  query BillingRuns($first: Int) {\n    billingRuns(first: $first) {\n      id\n      periodStart\n      state\n      done\n      total\n      invoices\n      startedBy\n      error\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.BillingRunsDocument,
    "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.StartBillingRunDocument,
    "\n  mutation ApproveBillingRun($runId: ID!) {\n    approveBillingRun(runId: $runId) {\n      approved\n    }\n  }\n": typeof types.ApproveBillingRunDocument,
    "\n  fragment RecurringBillingWidget_customer on Customer {\n    id\n    recurringBilling {\n      periodStart\n      periodEnd\n      billingCycle\n      currency\n      statusRule\n      chargesTotalCents\n      charges {\n        source\n        description\n        refund\n        usage\n        periodStart\n        periodEnd\n        days\n        netCents\n        vatRateBp\n        vatCents\n        totalCents\n        pending\n      }\n      pendingCharges {\n        id\n        kind\n        description\n        totalCents\n      }\n      lastRuns {\n        periodStart\n        periodEnd\n        outcome\n        billedAt\n        runId\n        runState\n        runDone\n        runTotal\n        invoiceId\n        invoiceNumber\n        invoiceState\n        invoiceTotalCents\n      }\n    }\n  }\n": typeof types.RecurringBillingWidget_CustomerFragmentDoc,
    "\n  fragment VoipLinesWidget_customer on Customer {\n    id\n    voipLines {\n      id\n      number\n      lineType\n      label\n      status\n      monthlyCharge {\n        cents\n        currency\n      }\n      startDate\n      endDate\n      tariffId\n      tariffName\n      version\n    }\n  }\n": typeof types.VoipLinesWidget_CustomerFragmentDoc,
    "\n  mutation AddVoipLine($input: AddVoipLineInput!) {\n    addVoipLine(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.AddVoipLineDocument,
    "\n  mutation ExpireVoipLine($input: ExpireVoipLineInput!) {\n    expireVoipLine(input: $input) {\n      id\n      status\n      endDate\n    }\n  }\n": typeof types.ExpireVoipLineDocument,
    "\n  mutation ImportCallRecords($input: ImportCallRecordsInput!) {\n    importCallRecords(input: $input) {\n      id\n      fileName\n      ok\n      rows\n      imported\n      duplicates\n      notAnswered\n      unrated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.ImportCallRecordsDocument,
    "\n  query VoipTariffOptions {\n    voipTariffs {\n      id\n      name\n    }\n  }\n": typeof types.VoipTariffOptionsDocument,
};
const documents: Documents = {
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      role\n      reseller {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AdminChoices {\n    roles {\n      id\n      name\n      resellerScoped\n    }\n    resellers {\n      id\n      name\n    }\n  }\n": types.AdminChoicesDocument,
    "\n  query CataloguePackages {\n    dataPackages(includeInactive: true) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n      currency\n      vatTreatment\n      active\n      overageBilled\n      overageCentsPerGb\n      version\n    }\n  }\n": types.CataloguePackagesDocument,
    "\n  mutation CreateDataPackage($input: CreateDataPackageInput!) {\n    createDataPackage(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateDataPackageDocument,
    "\n  mutation UpdateDataPackage($input: UpdateDataPackageInput!) {\n    updateDataPackage(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateDataPackageDocument,
    "\n  query Resellers {\n    resellers {\n      id\n      name\n      createdAt\n    }\n  }\n": types.ResellersDocument,
    "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n": types.CreateResellerDocument,
    "\n  query Roles {\n    roles {\n      id\n      name\n      description\n      permissions\n      builtin\n      resellerScoped\n    }\n  }\n": types.RolesDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation GrantPermission($role: String!, $permission: String!) {\n    grantPermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n": types.GrantPermissionDocument,
    "\n  mutation RevokePermission($role: String!, $permission: String!) {\n    revokePermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n": types.RevokePermissionDocument,
    "\n  query StaffUsers {\n    staffUsers {\n      id\n      name\n      email\n      role\n      reseller {\n        id\n        name\n      }\n      active\n      passwordSet\n      createdAt\n      lastSignInAt\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      user {\n        id\n        name\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation AssignRole($userId: ID!, $role: String!) {\n    assignRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        passwordSet\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment VoipTariffFields on VoipTariff {\n    id\n    name\n    description\n    active\n    fallbackMarkupPercent\n    version\n    rates {\n      callClass\n      ratePerMinuteCents\n      billingIncrementSeconds\n      minimumChargeCents\n      connectionFeeCents\n      markupPercent\n    }\n  }\n": types.VoipTariffFieldsFragmentDoc,
    "\n  query VoipTariffsAdmin {\n    voipTariffs(includeInactive: true) {\n      ...VoipTariffFields\n    }\n  }\n": types.VoipTariffsAdminDocument,
    "\n  mutation CreateVoipTariff($input: VoipTariffInput!) {\n    createVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n": types.CreateVoipTariffDocument,
    "\n  mutation UpdateVoipTariff($input: UpdateVoipTariffInput!) {\n    updateVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n": types.UpdateVoipTariffDocument,
    "\n  query Me {\n    me {\n      id\n      kind\n      name\n      email\n      role\n      permissions\n      reseller {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment CustomerLink_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n": types.CustomerLink_CustomerFragmentDoc,
    "\n  fragment CustomerListDetails_customer on Customer {\n    id\n    accountDetails {\n      phone\n      mobile\n      emails\n      joinedAt\n    }\n  }\n": types.CustomerListDetails_CustomerFragmentDoc,
    "\n  fragment CustomerBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n": types.CustomerBalance_CustomerFragmentDoc,
    "\n  query CustomerList($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCountAtLeast\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          accountNumber\n          status\n          ...CustomerLink_customer\n        }\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  fragment CustomerSummaryDetails_customer on Customer {\n    id\n    accountDetails {\n      companyName\n      customerType\n      phone\n      emails\n      joinedAt\n      physicalAddress {\n        city\n        region\n      }\n    }\n  }\n": types.CustomerSummaryDetails_CustomerFragmentDoc,
    "\n  query CustomerSummary($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      accountNumber\n      status\n    }\n  }\n": types.CustomerSummaryDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      name\n      email\n      expiresAt\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n": types.SetPasswordWithLinkDocument,
    "\n  fragment PostalAddressFields on PostalAddress {\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n": types.PostalAddressFieldsFragmentDoc,
    "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n": types.CustomerProfileDocument,
    "\n  fragment ProfileHeader_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n": types.ProfileHeader_CustomerFragmentDoc,
    "\n  fragment ProfileBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n": types.ProfileBalance_CustomerFragmentDoc,
    "\n  fragment ProfilePopupNotes_customer on Customer {\n    id\n    popupNotes {\n      id\n      body\n      category\n      authorName\n      createdAt\n    }\n  }\n": types.ProfilePopupNotes_CustomerFragmentDoc,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    phone\n    email\n    isPrimary\n    version\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment AccountDetailsWidget_customer on Customer {\n    id\n    accountDetails {\n      name\n      companyName\n      accountNumber\n      status\n      customerType\n      customerGroup\n      emails\n      phone\n      mobile\n      vatNumber\n      accountManager {\n        id\n        name\n      }\n      reseller {\n        id\n        name\n      }\n      physicalAddress {\n        ...PostalAddressFields\n      }\n      postalAddress {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      joinedAt\n      version\n    }\n    contacts {\n      ...ContactFields\n    }\n  }\n": types.AccountDetailsWidget_CustomerFragmentDoc,
    "\n  mutation UpdateAccountDetails($input: UpdateAccountDetailsInput!) {\n    updateAccountDetails(input: $input) {\n      id\n      name\n      status\n      accountDetails {\n        name\n        version\n      }\n    }\n  }\n": types.UpdateAccountDetailsDocument,
    "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n    }\n  }\n": types.AddContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": types.RemoveContactDocument,
    "\n  fragment ActiveSessionsWidget_customer on Customer {\n    id\n    activeSessions {\n      id\n      username\n      nasAddress\n      nasName\n      framedIp\n      macAddress\n      startedAt\n      lastUpdateAt\n      durationSeconds\n      uploadBytes\n      downloadBytes\n      stale\n    }\n  }\n": types.ActiveSessionsWidget_CustomerFragmentDoc,
    "\n  mutation DisconnectSession($id: ID!) {\n    disconnectSession(sessionId: $id) {\n      sessionId\n      outcome\n      errorCause\n      nasAddress\n    }\n  }\n": types.DisconnectSessionDocument,
    "\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n": types.AddressesWidget_CustomerFragmentDoc,
    "\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n": types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n": types.RemoveAddressDocument,
    "\n  fragment AgeAnalysisWidget_customer on Customer {\n    id\n    ageAnalysis {\n      currency\n      asOf\n      currentCents\n      days30Cents\n      days60Cents\n      days90Cents\n      days120PlusCents\n      unallocatedCreditCents\n      balanceCents\n      openItems { kind id reference date dueDate side amountCents openCents daysOverdue }\n    }\n  }\n": types.AgeAnalysisWidget_CustomerFragmentDoc,
    "\n  mutation UpdateAgeAnalysis($customerId: ID!) {\n    updateAgeAnalysis(customerId: $customerId) { id }\n  }\n": types.UpdateAgeAnalysisDocument,
    "\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditTrailPage_ConnectionFragmentDoc,
    "\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n": types.AuditTrailWidget_CustomerFragmentDoc,
    "\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n": types.AuditTrailEntry_EntryFragmentDoc,
    "\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n": types.AuditTrailPageDocument,
    "\n  fragment BillingDetailsWidget_customer on Customer {\n    id\n    billingDetails {\n      paymentMethod\n      verification\n      billingCycle\n      vatRateBasisPoints\n      vatNumber\n      creditLimitCents\n      doNotSuspend\n      billStyle\n      currency\n      version\n      debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay }\n      card { brand last4 expiry tokenOnFile }\n      paymentTerms { kind value summary dueForInvoiceToday }\n      billLengths { email download print }\n      lowInvoice { rule thresholdCents chargeCents }\n      annualIncrease { profile referenceDate }\n    }\n  }\n": types.BillingDetailsWidget_CustomerFragmentDoc,
    "\n  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {\n    updateBillingDetails(input: $input) {\n      version\n    }\n  }\n": types.UpdateBillingDetailsDocument,
    "\n  query OfferedPackages($customerId: ID!) {\n    offeredDataPackages(customerId: $customerId) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n    }\n  }\n": types.OfferedPackagesDocument,
    "\n  query InstallationSites($id: ID!) {\n    customer(id: $id) {\n      id\n      addresses {\n        id\n        label\n        kind\n      }\n    }\n  }\n": types.InstallationSitesDocument,
    "\n  mutation AddDataAccount($input: AddDataAccountInput!) {\n    addDataAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n": types.AddDataAccountDocument,
    "\n  mutation UpdateDataAccount($input: UpdateDataAccountInput!) {\n    updateDataAccount(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateDataAccountDocument,
    "\n  mutation ChangeDataAccountPackage($id: ID!, $packageId: ID!) {\n    changeDataAccountPackage(id: $id, packageId: $packageId) {\n      id\n      version\n    }\n  }\n": types.ChangeDataAccountPackageDocument,
    "\n  mutation SuspendDataAccount($id: ID!, $reason: String!) {\n    suspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SuspendDataAccountDocument,
    "\n  mutation UnsuspendDataAccount($id: ID!, $reason: String!) {\n    unsuspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.UnsuspendDataAccountDocument,
    "\n  mutation CancelDataAccount($id: ID!, $reason: String!, $endDate: String) {\n    cancelDataAccount(id: $id, reason: $reason, endDate: $endDate) {\n      id\n      status\n    }\n  }\n": types.CancelDataAccountDocument,
    "\n  mutation SuspendAllDataAccounts($customerId: ID!, $reason: String!) {\n    suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": types.SuspendAllDataAccountsDocument,
    "\n  mutation CancelAllDataAccounts($customerId: ID!, $reason: String!) {\n    cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n": types.CancelAllDataAccountsDocument,
    "\n  mutation SetDataAccountPassword($id: ID!, $password: String!) {\n    setDataAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.SetDataAccountPasswordDocument,
    "\n  mutation RegenerateDataAccountPassword($id: ID!) {\n    regenerateDataAccountPassword(id: $id) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n": types.RegenerateDataAccountPasswordDocument,
    "\n  fragment DataAccountsWidget_customer on Customer {\n    id\n    dataAccounts {\n      id\n      username\n      status\n      statusReason\n      statusChangedAt\n      startDate\n      endDate\n      staticIp\n      notes\n      customPriceCents\n      monthlyPrice {\n        cents\n        currency\n      }\n      version\n      package {\n        id\n        name\n        downloadKbps\n        uploadKbps\n        dataCapBytes\n      }\n      installationAddress {\n        id\n        label\n        summary\n      }\n    }\n  }\n": types.DataAccountsWidget_CustomerFragmentDoc,
    "\n  fragment DataUsageFields on DataUsage {\n    view\n    year\n    years\n    totals {\n      period\n      uploadBytes\n      downloadBytes\n    }\n    accounts {\n      dataAccountId\n      username\n      status\n      periods {\n        period\n        uploadBytes\n        downloadBytes\n      }\n      currentMonth {\n        month\n        usedBytes\n        capBytes\n        percentOfCap\n      }\n    }\n  }\n": types.DataUsageFieldsFragmentDoc,
    "\n  fragment DataUsageWidget_customer on Customer {\n    id\n    dataUsage {\n      ...DataUsageFields\n    }\n  }\n": types.DataUsageWidget_CustomerFragmentDoc,
    "\n  query DataUsage($id: ID!, $view: UsageView!, $year: Int) {\n    customer(id: $id) {\n      id\n      dataUsage(view: $view, year: $year) {\n        ...DataUsageFields\n      }\n    }\n  }\n": types.DataUsageDocument,
    "\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n": types.NoteFieldsFragmentDoc,
    "\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n": types.NotesWidget_CustomerFragmentDoc,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.AddNoteDocument,
    "\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n": types.SetNotePopupDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n": types.RemoveNoteDocument,
    "\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n": types.DismissPopupNoteDocument,
    "\n  fragment NotificationSettingsWidget_customer on Customer {\n    id\n    notificationSettings {\n      id\n      orphanedCount\n      cells {\n        id\n        kind\n        channel\n        destinations {\n          id\n          address\n          orphaned\n        }\n      }\n    }\n  }\n": types.NotificationSettingsWidget_CustomerFragmentDoc,
    "\n  mutation SetNotificationDestinations($input: SetNotificationDestinationsInput!) {\n    setNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n": types.SetNotificationDestinationsDocument,
    "\n  mutation ApplyDefaultNotificationDestinations($input: ApplyDefaultNotificationDestinationsInput!) {\n    applyDefaultNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n": types.ApplyDefaultNotificationDestinationsDocument,
    "\n  query ChangeableAccounts($id: ID!) {\n    customer(id: $id) {\n      id\n      dataAccounts {\n        id\n        username\n        status\n        package {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChangeableAccountsDocument,
    "\n  mutation SchedulePackageChange($input: SchedulePackageChangeInput!) {\n    schedulePackageChange(input: $input) {\n      id\n      state\n    }\n  }\n": types.SchedulePackageChangeDocument,
    "\n  mutation CancelPackageChange($id: ID!) {\n    cancelPackageChange(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelPackageChangeDocument,
    "\n  fragment PackageChangesWidget_customer on Customer {\n    id\n    packageChanges(first: 20) {\n      id\n      dataAccountId\n      username\n      effectiveDate\n      state\n      immediate\n      submittedByName\n      submittedAt\n      settledAt\n      reason\n      fromPackage {\n        id\n        name\n      }\n      toPackage {\n        id\n        name\n      }\n    }\n  }\n": types.PackageChangesWidget_CustomerFragmentDoc,
    "\n  fragment PaymentReceiptsWidget_customer on Customer {\n    id\n    paymentReceipts {\n      id\n      kind\n      receivedOn\n      method\n      reference\n      amountCents\n      reversed\n      reason\n      unallocatedCents\n      currency\n      allocations { kind id reference amountCents }\n    }\n  }\n": types.PaymentReceiptsWidget_CustomerFragmentDoc,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation AllocatePayment($input: AllocatePaymentInput!) {\n    allocatePayment(input: $input) { id }\n  }\n": types.AllocatePaymentDocument,
    "\n  mutation ReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) { id }\n  }\n": types.ReversePaymentDocument,
    "\n  mutation ImportBankStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      lines\n      imported\n      duplicates\n      unmatched { line reference amountCents }\n      rejected { line message }\n    }\n  }\n": types.ImportBankStatementDocument,
    "\n  query PaymentOpenItems($id: ID!) {\n    customer(id: $id) {\n      id\n      ageAnalysis { currency openItems { kind id reference dueDate side openCents } }\n    }\n  }\n": types.PaymentOpenItemsDocument,
    "\n  fragment PhoneUsageRowFields on PhoneUsageRow {\n    period\n    callClass\n    calls\n    minutes\n    costCents\n  }\n": types.PhoneUsageRowFieldsFragmentDoc,
    "\n  fragment PhoneUsageWidget_customer on Customer {\n    id\n    phoneUsage {\n      year\n      currency\n      months {\n        ...PhoneUsageRowFields\n      }\n      years {\n        ...PhoneUsageRowFields\n      }\n    }\n  }\n": types.PhoneUsageWidget_CustomerFragmentDoc,
    "\n  query PhoneUsageYear($id: ID!, $year: Int!) {\n    customer(id: $id) {\n      id\n      phoneUsage(year: $year) {\n        year\n        currency\n        months {\n          ...PhoneUsageRowFields\n        }\n      }\n    }\n  }\n": types.PhoneUsageYearDocument,
    "\n  mutation GenerateRecurringBilling($customerId: ID!) {\n    generateRecurringBilling(customerId: $customerId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n": types.GenerateRecurringBillingDocument,
    "\n  mutation GenerateRecurringInvoice($customerId: ID!) {\n    generateRecurringInvoice(customerId: $customerId) {\n      id\n      state\n      totalCents\n    }\n  }\n": types.GenerateRecurringInvoiceDocument,
    "\n  mutation AddOneOffCharge($input: AddChargeInput!) {\n    addCharge(input: $input) {\n      id\n    }\n  }\n": types.AddOneOffChargeDocument,
    "\n  mutation RemovePendingCharge($lineId: ID!) {\n    removePendingCharge(lineId: $lineId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n": types.RemovePendingChargeDocument,
    "\n  mutation ApproveRunInvoice($input: ApproveInvoiceInput!) {\n    approveInvoice(input: $input) {\n      id\n      number\n      state\n    }\n  }\n": types.ApproveRunInvoiceDocument,
    "\n  mutation DownloadInvoice($invoiceId: ID!, $length: BillLength!) {\n    downloadInvoice(invoiceId: $invoiceId, length: $length) {\n      fileName\n      url\n      sha256\n    }\n  }\n": types.DownloadInvoiceDocument,
    "\n  query BillingRuns($first: Int) {\n    billingRuns(first: $first) {\n      id\n      periodStart\n      state\n      done\n      total\n      invoices\n      startedBy\n      error\n      createdAt\n      finishedAt\n    }\n  }\n": types.BillingRunsDocument,
    "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      id\n      state\n    }\n  }\n": types.StartBillingRunDocument,
    "\n  mutation ApproveBillingRun($runId: ID!) {\n    approveBillingRun(runId: $runId) {\n      approved\n    }\n  }\n": types.ApproveBillingRunDocument,
    "\n  fragment RecurringBillingWidget_customer on Customer {\n    id\n    recurringBilling {\n      periodStart\n      periodEnd\n      billingCycle\n      currency\n      statusRule\n      chargesTotalCents\n      charges {\n        source\n        description\n        refund\n        usage\n        periodStart\n        periodEnd\n        days\n        netCents\n        vatRateBp\n        vatCents\n        totalCents\n        pending\n      }\n      pendingCharges {\n        id\n        kind\n        description\n        totalCents\n      }\n      lastRuns {\n        periodStart\n        periodEnd\n        outcome\n        billedAt\n        runId\n        runState\n        runDone\n        runTotal\n        invoiceId\n        invoiceNumber\n        invoiceState\n        invoiceTotalCents\n      }\n    }\n  }\n": types.RecurringBillingWidget_CustomerFragmentDoc,
    "\n  fragment VoipLinesWidget_customer on Customer {\n    id\n    voipLines {\n      id\n      number\n      lineType\n      label\n      status\n      monthlyCharge {\n        cents\n        currency\n      }\n      startDate\n      endDate\n      tariffId\n      tariffName\n      version\n    }\n  }\n": types.VoipLinesWidget_CustomerFragmentDoc,
    "\n  mutation AddVoipLine($input: AddVoipLineInput!) {\n    addVoipLine(input: $input) {\n      id\n      number\n    }\n  }\n": types.AddVoipLineDocument,
    "\n  mutation ExpireVoipLine($input: ExpireVoipLineInput!) {\n    expireVoipLine(input: $input) {\n      id\n      status\n      endDate\n    }\n  }\n": types.ExpireVoipLineDocument,
    "\n  mutation ImportCallRecords($input: ImportCallRecordsInput!) {\n    importCallRecords(input: $input) {\n      id\n      fileName\n      ok\n      rows\n      imported\n      duplicates\n      notAnswered\n      unrated\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.ImportCallRecordsDocument,
    "\n  query VoipTariffOptions {\n    voipTariffs {\n      id\n      name\n    }\n  }\n": types.VoipTariffOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      role\n      reseller {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      role\n      reseller {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChoices {\n    roles {\n      id\n      name\n      resellerScoped\n    }\n    resellers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminChoices {\n    roles {\n      id\n      name\n      resellerScoped\n    }\n    resellers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePackages {\n    dataPackages(includeInactive: true) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n      currency\n      vatTreatment\n      active\n      overageBilled\n      overageCentsPerGb\n      version\n    }\n  }\n"): (typeof documents)["\n  query CataloguePackages {\n    dataPackages(includeInactive: true) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n      currency\n      vatTreatment\n      active\n      overageBilled\n      overageCentsPerGb\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDataPackage($input: CreateDataPackageInput!) {\n    createDataPackage(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDataPackage($input: CreateDataPackageInput!) {\n    createDataPackage(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataPackage($input: UpdateDataPackageInput!) {\n    updateDataPackage(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataPackage($input: UpdateDataPackageInput!) {\n    updateDataPackage(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resellers {\n    resellers {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Resellers {\n    resellers {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReseller($input: CreateResellerInput!) {\n    createReseller(input: $input) {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      id\n      name\n      description\n      permissions\n      builtin\n      resellerScoped\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      id\n      name\n      description\n      permissions\n      builtin\n      resellerScoped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantPermission($role: String!, $permission: String!) {\n    grantPermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n"): (typeof documents)["\n  mutation GrantPermission($role: String!, $permission: String!) {\n    grantPermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePermission($role: String!, $permission: String!) {\n    revokePermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePermission($role: String!, $permission: String!) {\n    revokePermission(role: $role, permission: $permission) {\n      id\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers {\n    staffUsers {\n      id\n      name\n      email\n      role\n      reseller {\n        id\n        name\n      }\n      active\n      passwordSet\n      createdAt\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers {\n    staffUsers {\n      id\n      name\n      email\n      role\n      reseller {\n        id\n        name\n      }\n      active\n      passwordSet\n      createdAt\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      user {\n        id\n        name\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      user {\n        id\n        name\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($userId: ID!, $role: String!) {\n    assignRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($userId: ID!, $role: String!) {\n    assignRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        passwordSet\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        passwordSet\n      }\n      link {\n        path\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoipTariffFields on VoipTariff {\n    id\n    name\n    description\n    active\n    fallbackMarkupPercent\n    version\n    rates {\n      callClass\n      ratePerMinuteCents\n      billingIncrementSeconds\n      minimumChargeCents\n      connectionFeeCents\n      markupPercent\n    }\n  }\n"): (typeof documents)["\n  fragment VoipTariffFields on VoipTariff {\n    id\n    name\n    description\n    active\n    fallbackMarkupPercent\n    version\n    rates {\n      callClass\n      ratePerMinuteCents\n      billingIncrementSeconds\n      minimumChargeCents\n      connectionFeeCents\n      markupPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoipTariffsAdmin {\n    voipTariffs(includeInactive: true) {\n      ...VoipTariffFields\n    }\n  }\n"): (typeof documents)["\n  query VoipTariffsAdmin {\n    voipTariffs(includeInactive: true) {\n      ...VoipTariffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVoipTariff($input: VoipTariffInput!) {\n    createVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVoipTariff($input: VoipTariffInput!) {\n    createVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVoipTariff($input: UpdateVoipTariffInput!) {\n    updateVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVoipTariff($input: UpdateVoipTariffInput!) {\n    updateVoipTariff(input: $input) {\n      ...VoipTariffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      kind\n      name\n      email\n      role\n      permissions\n      reseller {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      kind\n      name\n      email\n      role\n      permissions\n      reseller {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerLink_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n"): (typeof documents)["\n  fragment CustomerLink_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerListDetails_customer on Customer {\n    id\n    accountDetails {\n      phone\n      mobile\n      emails\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerListDetails_customer on Customer {\n    id\n    accountDetails {\n      phone\n      mobile\n      emails\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCountAtLeast\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          accountNumber\n          status\n          ...CustomerLink_customer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCountAtLeast\n      totalCountIsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          accountNumber\n          status\n          ...CustomerLink_customer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummaryDetails_customer on Customer {\n    id\n    accountDetails {\n      companyName\n      customerType\n      phone\n      emails\n      joinedAt\n      physicalAddress {\n        city\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerSummaryDetails_customer on Customer {\n    id\n    accountDetails {\n      companyName\n      customerType\n      phone\n      emails\n      joinedAt\n      physicalAddress {\n        city\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSummary($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      accountNumber\n      status\n    }\n  }\n"): (typeof documents)["\n  query CustomerSummary($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      accountNumber\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      purpose\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostalAddressFields on PostalAddress {\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n"): (typeof documents)["\n  fragment PostalAddressFields on PostalAddress {\n    line1\n    line2\n    city\n    region\n    postalCode\n    country\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfile($id: ID!) {\n    customer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileHeader_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n"): (typeof documents)["\n  fragment ProfileHeader_customer on Customer {\n    id\n    name\n    accountNumber\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileBalance_customer on Customer {\n    id\n    balance {\n      cents\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfilePopupNotes_customer on Customer {\n    id\n    popupNotes {\n      id\n      body\n      category\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProfilePopupNotes_customer on Customer {\n    id\n    popupNotes {\n      id\n      body\n      category\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    phone\n    email\n    isPrimary\n    version\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    name\n    role\n    phone\n    email\n    isPrimary\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountDetailsWidget_customer on Customer {\n    id\n    accountDetails {\n      name\n      companyName\n      accountNumber\n      status\n      customerType\n      customerGroup\n      emails\n      phone\n      mobile\n      vatNumber\n      accountManager {\n        id\n        name\n      }\n      reseller {\n        id\n        name\n      }\n      physicalAddress {\n        ...PostalAddressFields\n      }\n      postalAddress {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      joinedAt\n      version\n    }\n    contacts {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  fragment AccountDetailsWidget_customer on Customer {\n    id\n    accountDetails {\n      name\n      companyName\n      accountNumber\n      status\n      customerType\n      customerGroup\n      emails\n      phone\n      mobile\n      vatNumber\n      accountManager {\n        id\n        name\n      }\n      reseller {\n        id\n        name\n      }\n      physicalAddress {\n        ...PostalAddressFields\n      }\n      postalAddress {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      joinedAt\n      version\n    }\n    contacts {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccountDetails($input: UpdateAccountDetailsInput!) {\n    updateAccountDetails(input: $input) {\n      id\n      name\n      status\n      accountDetails {\n        name\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccountDetails($input: UpdateAccountDetailsInput!) {\n    updateAccountDetails(input: $input) {\n      id\n      name\n      status\n      accountDetails {\n        name\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActiveSessionsWidget_customer on Customer {\n    id\n    activeSessions {\n      id\n      username\n      nasAddress\n      nasName\n      framedIp\n      macAddress\n      startedAt\n      lastUpdateAt\n      durationSeconds\n      uploadBytes\n      downloadBytes\n      stale\n    }\n  }\n"): (typeof documents)["\n  fragment ActiveSessionsWidget_customer on Customer {\n    id\n    activeSessions {\n      id\n      username\n      nasAddress\n      nasName\n      framedIp\n      macAddress\n      startedAt\n      lastUpdateAt\n      durationSeconds\n      uploadBytes\n      downloadBytes\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectSession($id: ID!) {\n    disconnectSession(sessionId: $id) {\n      sessionId\n      outcome\n      errorCause\n      nasAddress\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectSession($id: ID!) {\n    disconnectSession(sessionId: $id) {\n      sessionId\n      outcome\n      errorCause\n      nasAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgeAnalysisWidget_customer on Customer {\n    id\n    ageAnalysis {\n      currency\n      asOf\n      currentCents\n      days30Cents\n      days60Cents\n      days90Cents\n      days120PlusCents\n      unallocatedCreditCents\n      balanceCents\n      openItems { kind id reference date dueDate side amountCents openCents daysOverdue }\n    }\n  }\n"): (typeof documents)["\n  fragment AgeAnalysisWidget_customer on Customer {\n    id\n    ageAnalysis {\n      currency\n      asOf\n      currentCents\n      days30Cents\n      days60Cents\n      days90Cents\n      days120PlusCents\n      unallocatedCreditCents\n      balanceCents\n      openItems { kind id reference date dueDate side amountCents openCents daysOverdue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgeAnalysis($customerId: ID!) {\n    updateAgeAnalysis(customerId: $customerId) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateAgeAnalysis($customerId: ID!) {\n    updateAgeAnalysis(customerId: $customerId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n"): (typeof documents)["\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n"): (typeof documents)["\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingDetailsWidget_customer on Customer {\n    id\n    billingDetails {\n      paymentMethod\n      verification\n      billingCycle\n      vatRateBasisPoints\n      vatNumber\n      creditLimitCents\n      doNotSuspend\n      billStyle\n      currency\n      version\n      debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay }\n      card { brand last4 expiry tokenOnFile }\n      paymentTerms { kind value summary dueForInvoiceToday }\n      billLengths { email download print }\n      lowInvoice { rule thresholdCents chargeCents }\n      annualIncrease { profile referenceDate }\n    }\n  }\n"): (typeof documents)["\n  fragment BillingDetailsWidget_customer on Customer {\n    id\n    billingDetails {\n      paymentMethod\n      verification\n      billingCycle\n      vatRateBasisPoints\n      vatNumber\n      creditLimitCents\n      doNotSuspend\n      billStyle\n      currency\n      version\n      debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay }\n      card { brand last4 expiry tokenOnFile }\n      paymentTerms { kind value summary dueForInvoiceToday }\n      billLengths { email download print }\n      lowInvoice { rule thresholdCents chargeCents }\n      annualIncrease { profile referenceDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {\n    updateBillingDetails(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingDetails($input: UpdateBillingDetailsInput!) {\n    updateBillingDetails(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferedPackages($customerId: ID!) {\n    offeredDataPackages(customerId: $customerId) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n    }\n  }\n"): (typeof documents)["\n  query OfferedPackages($customerId: ID!) {\n    offeredDataPackages(customerId: $customerId) {\n      id\n      name\n      downloadKbps\n      uploadKbps\n      dataCapBytes\n      monthlyPriceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationSites($id: ID!) {\n    customer(id: $id) {\n      id\n      addresses {\n        id\n        label\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationSites($id: ID!) {\n    customer(id: $id) {\n      id\n      addresses {\n        id\n        label\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDataAccount($input: AddDataAccountInput!) {\n    addDataAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n"): (typeof documents)["\n  mutation AddDataAccount($input: AddDataAccountInput!) {\n    addDataAccount(input: $input) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataAccount($input: UpdateDataAccountInput!) {\n    updateDataAccount(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataAccount($input: UpdateDataAccountInput!) {\n    updateDataAccount(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDataAccountPackage($id: ID!, $packageId: ID!) {\n    changeDataAccountPackage(id: $id, packageId: $packageId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDataAccountPackage($id: ID!, $packageId: ID!) {\n    changeDataAccountPackage(id: $id, packageId: $packageId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendDataAccount($id: ID!, $reason: String!) {\n    suspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendDataAccount($id: ID!, $reason: String!) {\n    suspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendDataAccount($id: ID!, $reason: String!) {\n    unsuspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendDataAccount($id: ID!, $reason: String!) {\n    unsuspendDataAccount(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDataAccount($id: ID!, $reason: String!, $endDate: String) {\n    cancelDataAccount(id: $id, reason: $reason, endDate: $endDate) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelDataAccount($id: ID!, $reason: String!, $endDate: String) {\n    cancelDataAccount(id: $id, reason: $reason, endDate: $endDate) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAllDataAccounts($customerId: ID!, $reason: String!) {\n    suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAllDataAccounts($customerId: ID!, $reason: String!) {\n    suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAllDataAccounts($customerId: ID!, $reason: String!) {\n    cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAllDataAccounts($customerId: ID!, $reason: String!) {\n    cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDataAccountPassword($id: ID!, $password: String!) {\n    setDataAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetDataAccountPassword($id: ID!, $password: String!) {\n    setDataAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateDataAccountPassword($id: ID!) {\n    regenerateDataAccountPassword(id: $id) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateDataAccountPassword($id: ID!) {\n    regenerateDataAccountPassword(id: $id) {\n      account {\n        id\n        username\n      }\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataAccountsWidget_customer on Customer {\n    id\n    dataAccounts {\n      id\n      username\n      status\n      statusReason\n      statusChangedAt\n      startDate\n      endDate\n      staticIp\n      notes\n      customPriceCents\n      monthlyPrice {\n        cents\n        currency\n      }\n      version\n      package {\n        id\n        name\n        downloadKbps\n        uploadKbps\n        dataCapBytes\n      }\n      installationAddress {\n        id\n        label\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DataAccountsWidget_customer on Customer {\n    id\n    dataAccounts {\n      id\n      username\n      status\n      statusReason\n      statusChangedAt\n      startDate\n      endDate\n      staticIp\n      notes\n      customPriceCents\n      monthlyPrice {\n        cents\n        currency\n      }\n      version\n      package {\n        id\n        name\n        downloadKbps\n        uploadKbps\n        dataCapBytes\n      }\n      installationAddress {\n        id\n        label\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataUsageFields on DataUsage {\n    view\n    year\n    years\n    totals {\n      period\n      uploadBytes\n      downloadBytes\n    }\n    accounts {\n      dataAccountId\n      username\n      status\n      periods {\n        period\n        uploadBytes\n        downloadBytes\n      }\n      currentMonth {\n        month\n        usedBytes\n        capBytes\n        percentOfCap\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DataUsageFields on DataUsage {\n    view\n    year\n    years\n    totals {\n      period\n      uploadBytes\n      downloadBytes\n    }\n    accounts {\n      dataAccountId\n      username\n      status\n      periods {\n        period\n        uploadBytes\n        downloadBytes\n      }\n      currentMonth {\n        month\n        usedBytes\n        capBytes\n        percentOfCap\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataUsageWidget_customer on Customer {\n    id\n    dataUsage {\n      ...DataUsageFields\n    }\n  }\n"): (typeof documents)["\n  fragment DataUsageWidget_customer on Customer {\n    id\n    dataUsage {\n      ...DataUsageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataUsage($id: ID!, $view: UsageView!, $year: Int) {\n    customer(id: $id) {\n      id\n      dataUsage(view: $view, year: $year) {\n        ...DataUsageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataUsage($id: ID!, $view: UsageView!, $year: Int) {\n    customer(id: $id) {\n      id\n      dataUsage(view: $view, year: $year) {\n        ...DataUsageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n"): (typeof documents)["\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationSettingsWidget_customer on Customer {\n    id\n    notificationSettings {\n      id\n      orphanedCount\n      cells {\n        id\n        kind\n        channel\n        destinations {\n          id\n          address\n          orphaned\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationSettingsWidget_customer on Customer {\n    id\n    notificationSettings {\n      id\n      orphanedCount\n      cells {\n        id\n        kind\n        channel\n        destinations {\n          id\n          address\n          orphaned\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationDestinations($input: SetNotificationDestinationsInput!) {\n    setNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationDestinations($input: SetNotificationDestinationsInput!) {\n    setNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyDefaultNotificationDestinations($input: ApplyDefaultNotificationDestinationsInput!) {\n    applyDefaultNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyDefaultNotificationDestinations($input: ApplyDefaultNotificationDestinationsInput!) {\n    applyDefaultNotificationDestinations(input: $input) {\n      id\n      ...NotificationSettingsWidget_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeableAccounts($id: ID!) {\n    customer(id: $id) {\n      id\n      dataAccounts {\n        id\n        username\n        status\n        package {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeableAccounts($id: ID!) {\n    customer(id: $id) {\n      id\n      dataAccounts {\n        id\n        username\n        status\n        package {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePackageChange($input: SchedulePackageChangeInput!) {\n    schedulePackageChange(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePackageChange($input: SchedulePackageChangeInput!) {\n    schedulePackageChange(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPackageChange($id: ID!) {\n    cancelPackageChange(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPackageChange($id: ID!) {\n    cancelPackageChange(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackageChangesWidget_customer on Customer {\n    id\n    packageChanges(first: 20) {\n      id\n      dataAccountId\n      username\n      effectiveDate\n      state\n      immediate\n      submittedByName\n      submittedAt\n      settledAt\n      reason\n      fromPackage {\n        id\n        name\n      }\n      toPackage {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PackageChangesWidget_customer on Customer {\n    id\n    packageChanges(first: 20) {\n      id\n      dataAccountId\n      username\n      effectiveDate\n      state\n      immediate\n      submittedByName\n      submittedAt\n      settledAt\n      reason\n      fromPackage {\n        id\n        name\n      }\n      toPackage {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentReceiptsWidget_customer on Customer {\n    id\n    paymentReceipts {\n      id\n      kind\n      receivedOn\n      method\n      reference\n      amountCents\n      reversed\n      reason\n      unallocatedCents\n      currency\n      allocations { kind id reference amountCents }\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentReceiptsWidget_customer on Customer {\n    id\n    paymentReceipts {\n      id\n      kind\n      receivedOn\n      method\n      reference\n      amountCents\n      reversed\n      reason\n      unallocatedCents\n      currency\n      allocations { kind id reference amountCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocatePayment($input: AllocatePaymentInput!) {\n    allocatePayment(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AllocatePayment($input: AllocatePaymentInput!) {\n    allocatePayment(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ReversePayment($input: ReversePaymentInput!) {\n    reversePayment(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBankStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      lines\n      imported\n      duplicates\n      unmatched { line reference amountCents }\n      rejected { line message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportBankStatement($csv: String!) {\n    importBankStatement(csv: $csv) {\n      lines\n      imported\n      duplicates\n      unmatched { line reference amountCents }\n      rejected { line message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentOpenItems($id: ID!) {\n    customer(id: $id) {\n      id\n      ageAnalysis { currency openItems { kind id reference dueDate side openCents } }\n    }\n  }\n"): (typeof documents)["\n  query PaymentOpenItems($id: ID!) {\n    customer(id: $id) {\n      id\n      ageAnalysis { currency openItems { kind id reference dueDate side openCents } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneUsageRowFields on PhoneUsageRow {\n    period\n    callClass\n    calls\n    minutes\n    costCents\n  }\n"): (typeof documents)["\n  fragment PhoneUsageRowFields on PhoneUsageRow {\n    period\n    callClass\n    calls\n    minutes\n    costCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneUsageWidget_customer on Customer {\n    id\n    phoneUsage {\n      year\n      currency\n      months {\n        ...PhoneUsageRowFields\n      }\n      years {\n        ...PhoneUsageRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PhoneUsageWidget_customer on Customer {\n    id\n    phoneUsage {\n      year\n      currency\n      months {\n        ...PhoneUsageRowFields\n      }\n      years {\n        ...PhoneUsageRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneUsageYear($id: ID!, $year: Int!) {\n    customer(id: $id) {\n      id\n      phoneUsage(year: $year) {\n        year\n        currency\n        months {\n          ...PhoneUsageRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PhoneUsageYear($id: ID!, $year: Int!) {\n    customer(id: $id) {\n      id\n      phoneUsage(year: $year) {\n        year\n        currency\n        months {\n          ...PhoneUsageRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecurringBilling($customerId: ID!) {\n    generateRecurringBilling(customerId: $customerId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateRecurringBilling($customerId: ID!) {\n    generateRecurringBilling(customerId: $customerId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecurringInvoice($customerId: ID!) {\n    generateRecurringInvoice(customerId: $customerId) {\n      id\n      state\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateRecurringInvoice($customerId: ID!) {\n    generateRecurringInvoice(customerId: $customerId) {\n      id\n      state\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOneOffCharge($input: AddChargeInput!) {\n    addCharge(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddOneOffCharge($input: AddChargeInput!) {\n    addCharge(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePendingCharge($lineId: ID!) {\n    removePendingCharge(lineId: $lineId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePendingCharge($lineId: ID!) {\n    removePendingCharge(lineId: $lineId) {\n      ...RecurringBillingWidget_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRunInvoice($input: ApproveInvoiceInput!) {\n    approveInvoice(input: $input) {\n      id\n      number\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRunInvoice($input: ApproveInvoiceInput!) {\n    approveInvoice(input: $input) {\n      id\n      number\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DownloadInvoice($invoiceId: ID!, $length: BillLength!) {\n    downloadInvoice(invoiceId: $invoiceId, length: $length) {\n      fileName\n      url\n      sha256\n    }\n  }\n"): (typeof documents)["\n  mutation DownloadInvoice($invoiceId: ID!, $length: BillLength!) {\n    downloadInvoice(invoiceId: $invoiceId, length: $length) {\n      fileName\n      url\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRuns($first: Int) {\n    billingRuns(first: $first) {\n      id\n      periodStart\n      state\n      done\n      total\n      invoices\n      startedBy\n      error\n      createdAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query BillingRuns($first: Int) {\n    billingRuns(first: $first) {\n      id\n      periodStart\n      state\n      done\n      total\n      invoices\n      startedBy\n      error\n      createdAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBillingRun($runId: ID!) {\n    approveBillingRun(runId: $runId) {\n      approved\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBillingRun($runId: ID!) {\n    approveBillingRun(runId: $runId) {\n      approved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecurringBillingWidget_customer on Customer {\n    id\n    recurringBilling {\n      periodStart\n      periodEnd\n      billingCycle\n      currency\n      statusRule\n      chargesTotalCents\n      charges {\n        source\n        description\n        refund\n        usage\n        periodStart\n        periodEnd\n        days\n        netCents\n        vatRateBp\n        vatCents\n        totalCents\n        pending\n      }\n      pendingCharges {\n        id\n        kind\n        description\n        totalCents\n      }\n      lastRuns {\n        periodStart\n        periodEnd\n        outcome\n        billedAt\n        runId\n        runState\n        runDone\n        runTotal\n        invoiceId\n        invoiceNumber\n        invoiceState\n        invoiceTotalCents\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecurringBillingWidget_customer on Customer {\n    id\n    recurringBilling {\n      periodStart\n      periodEnd\n      billingCycle\n      currency\n      statusRule\n      chargesTotalCents\n      charges {\n        source\n        description\n        refund\n        usage\n        periodStart\n        periodEnd\n        days\n        netCents\n        vatRateBp\n        vatCents\n        totalCents\n        pending\n      }\n      pendingCharges {\n        id\n        kind\n        description\n        totalCents\n      }\n      lastRuns {\n        periodStart\n        periodEnd\n        outcome\n        billedAt\n        runId\n        runState\n        runDone\n        runTotal\n        invoiceId\n        invoiceNumber\n        invoiceState\n        invoiceTotalCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoipLinesWidget_customer on Customer {\n    id\n    voipLines {\n      id\n      number\n      lineType\n      label\n      status\n      monthlyCharge {\n        cents\n        currency\n      }\n      startDate\n      endDate\n      tariffId\n      tariffName\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment VoipLinesWidget_customer on Customer {\n    id\n    voipLines {\n      id\n      number\n      lineType\n      label\n      status\n      monthlyCharge {\n        cents\n        currency\n      }\n      startDate\n      endDate\n      tariffId\n      tariffName\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVoipLine($input: AddVoipLineInput!) {\n    addVoipLine(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AddVoipLine($input: AddVoipLineInput!) {\n    addVoipLine(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpireVoipLine($input: ExpireVoipLineInput!) {\n    expireVoipLine(input: $input) {\n      id\n      status\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation ExpireVoipLine($input: ExpireVoipLineInput!) {\n    expireVoipLine(input: $input) {\n      id\n      status\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCallRecords($input: ImportCallRecordsInput!) {\n    importCallRecords(input: $input) {\n      id\n      fileName\n      ok\n      rows\n      imported\n      duplicates\n      notAnswered\n      unrated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCallRecords($input: ImportCallRecordsInput!) {\n    importCallRecords(input: $input) {\n      id\n      fileName\n      ok\n      rows\n      imported\n      duplicates\n      notAnswered\n      unrated\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoipTariffOptions {\n    voipTariffs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VoipTariffOptions {\n    voipTariffs {\n      id\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;