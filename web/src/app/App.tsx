import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { useSite } from '../api/site';
import { setCityTimeZone } from '../i18n/format';
import { queryClient } from './queryClient';
import { AppRoutes } from './routes';

function SiteClock() {
  const site = useSite();
  useEffect(() => {
    if (site.data) setCityTimeZone(site.data.timeZone);
  }, [site.data]);
  return null;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SiteClock />
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
