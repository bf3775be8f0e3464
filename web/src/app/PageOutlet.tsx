import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '../ui/feedback';
import { ErrorBoundary } from './ErrorBoundary';

/** Where a layout shows its page: a loading line while the chunk arrives, an explanation if it fails. */
export function PageOutlet() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </ErrorBoundary>
  );
}
