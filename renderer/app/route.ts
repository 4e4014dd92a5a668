/** Where the fund shell is: one page at a time, with the ids it needs. */
export type Route =
  | { page: 'members' }
  | { page: 'register' }
  | { page: 'member'; memberId: number }
  | { page: 'receipt'; receiptId: number }
  | { page: 'collection' }
  | { page: 'arrears' }
  | { page: 'cashbook' }
  | { page: 'settings' };

export type Navigate = (route: Route) => void;
