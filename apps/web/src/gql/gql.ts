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
    "\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n": typeof types.AddressesWidget_CustomerFragmentDoc,
    "\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n": typeof types.UpdateAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n": typeof types.RemoveAddressDocument,
    "\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditTrailPage_ConnectionFragmentDoc,
    "\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n": typeof types.AuditTrailWidget_CustomerFragmentDoc,
    "\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n": typeof types.AuditTrailEntry_EntryFragmentDoc,
    "\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n": typeof types.AuditTrailPageDocument,
    "\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n": typeof types.NoteFieldsFragmentDoc,
    "\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n": typeof types.NotesWidget_CustomerFragmentDoc,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n": typeof types.SetNotePopupDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n": typeof types.RemoveNoteDocument,
    "\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n": typeof types.DismissPopupNoteDocument,
};
const documents: Documents = {
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      role\n      reseller {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AdminChoices {\n    roles {\n      id\n      name\n      resellerScoped\n    }\n    resellers {\n      id\n      name\n    }\n  }\n": types.AdminChoicesDocument,
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
    "\n  fragment AddressesWidget_customer on Customer {\n    id\n    addresses {\n      id\n      label\n      kind\n      address {\n        ...PostalAddressFields\n      }\n      latitude\n      longitude\n      notes\n      version\n    }\n  }\n": types.AddressesWidget_CustomerFragmentDoc,
    "\n  mutation AddAddress($input: AddAddressInput!) {\n    addAddress(input: $input) {\n      id\n    }\n  }\n": types.AddAddressDocument,
    "\n  mutation UpdateAddress($input: UpdateAddressInput!) {\n    updateAddress(input: $input) {\n      id\n      label\n      kind\n      notes\n      version\n    }\n  }\n": types.UpdateAddressDocument,
    "\n  mutation RemoveAddress($id: ID!) {\n    removeAddress(id: $id)\n  }\n": types.RemoveAddressDocument,
    "\n  fragment AuditTrailPage_connection on AuditEntryConnection {\n    edges {\n      cursor\n      node {\n        ...AuditTrailEntry_entry\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditTrailPage_ConnectionFragmentDoc,
    "\n  fragment AuditTrailWidget_customer on Customer {\n    id\n    auditTrail(first: 20) {\n      ...AuditTrailPage_connection\n    }\n  }\n": types.AuditTrailWidget_CustomerFragmentDoc,
    "\n  fragment AuditTrailEntry_entry on AuditEntry {\n    id\n    at\n    actorName\n    actorKind\n    client\n    action\n    actionLabel\n    field\n    oldValue\n    newValue\n  }\n": types.AuditTrailEntry_EntryFragmentDoc,
    "\n  query AuditTrailPage($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      auditTrail(first: 20, after: $after) {\n        ...AuditTrailPage_connection\n      }\n    }\n  }\n": types.AuditTrailPageDocument,
    "\n  fragment NoteFields on CustomerNote {\n    id\n    body\n    category\n    popup\n    authorName\n    createdAt\n    editedAt\n    writtenByMe\n  }\n": types.NoteFieldsFragmentDoc,
    "\n  fragment NotesWidget_customer on Customer {\n    id\n    notes(first: 20) {\n      ...NoteFields\n    }\n  }\n": types.NotesWidget_CustomerFragmentDoc,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.AddNoteDocument,
    "\n  mutation SetNotePopup($id: ID!, $popup: Boolean!) {\n    setNotePopup(id: $id, popup: $popup) {\n      id\n      popup\n    }\n  }\n": types.SetNotePopupDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation RemoveNote($id: ID!) {\n    removeNote(id: $id)\n  }\n": types.RemoveNoteDocument,
    "\n  mutation DismissPopupNote($noteId: ID!) {\n    dismissPopupNote(noteId: $noteId) {\n      id\n    }\n  }\n": types.DismissPopupNoteDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;