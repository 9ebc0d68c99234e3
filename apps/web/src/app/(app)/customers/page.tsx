import { Suspense } from 'react';
import type { Metadata } from 'next';
import { CustomerList } from '@/customers/CustomerList';

export const metadata: Metadata = { title: 'Customers' };

export default function CustomersPage() {
  // The list keeps its search in the URL (useSearchParams), which needs a Suspense boundary.
  return (
    <Suspense>
      <CustomerList />
    </Suspense>
  );
}
