/**
 * Every page of the web app and who may see it. Pages load lazily, one chunk each, so a citizen's
 * first visit downloads only the page it opens (budget.ts checks the figure at build time). The
 * router runs in declarative mode: the data-router layer would cost citizens 9 KB for nothing.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../auth/RequireRole';
import { type Role, STAFF_ROLES } from '../auth/session';
import { ConsoleLayout } from './ConsoleLayout';
import { CONSOLE_LINKS } from './consoleLinks';
import { PublicLayout } from './PublicLayout';

type Page = LazyExoticComponent<ComponentType>;

const citizenPages: Array<[string, Page]> = [
  ['/', lazy(() => import('../modules/complaints/citizen/home/HomePage'))],
  ['/aduan/baru', lazy(() => import('../modules/complaints/citizen/filing/FilingPage'))],
  ['/lacak', lazy(() => import('../modules/complaints/citizen/tracking/TrackPage'))],
  ['/aduan', lazy(() => import('../modules/complaints/citizen/browse/ListPage'))],
  ['/peta', lazy(() => import('../modules/complaints/citizen/browse/MapPage'))],
  ['/kinerja', lazy(() => import('../modules/performance/public/PublishedScoresPage'))],
  ['/data', lazy(() => import('../modules/opendata/catalogue/CataloguePage'))],
  ['/data/:name', lazy(() => import('../modules/opendata/dataset/DatasetPage'))],
  ['/spbe', lazy(() => import('../modules/spbe/public/SpbePublicPage'))],
  ['/smartcity', lazy(() => import('../modules/smartcity/public/SmartCityPage'))],
  ['/masuk', lazy(() => import('../auth/LoginPage'))],
];
const TrackPage = citizenPages[2][1];
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * Console pages by path; who may open each is in consoleLinks.ts, or given here for a page outside
 * the menu: the path of the menu link whose roles it shares, or its own roles.
 */
const consolePages: Array<[string, Page, (string | Role[])?]> = [
  ['/konsol/verifikasi', lazy(() => import('../modules/complaints/officer/queue/VerificationQueuePage'))],
  ['/konsol/kotak-masuk', lazy(() => import('../modules/complaints/officer/inbox/InboxPage'))],
  ['/konsol/terlambat', lazy(() => import('../modules/complaints/officer/overdue/OverduePage'))],
  ['/konsol/aduan', lazy(() => import('../modules/complaints/officer/search/SearchPage'))],
  ['/konsol/aduan/:id', lazy(() => import('../modules/complaints/officer/detail/ComplaintDetailPage')), '/konsol/aduan'],
  ['/konsol/statistik', lazy(() => import('../modules/complaints/officer/stats/StatsPage'))],
  ['/konsol/kinerja', lazy(() => import('../modules/performance/leadership/ScoresPage'))],
  ['/konsol/kinerja/tawaran', lazy(() => import('../modules/performance/offers/OffersPage'))],
  ['/konsol/kinerja/tawaran/baru', lazy(() => import('../modules/performance/offers/OfferFormPage')), ['eksekutif', 'admin']],
  ['/konsol/kinerja/tawaran/:id', lazy(() => import('../modules/performance/offers/OfferDetailPage')), '/konsol/kinerja/tawaran'],
  ['/konsol/kinerja/laporan', lazy(() => import('../modules/performance/reports/OpdReportsPage'))],
  [
    '/konsol/kinerja/laporan/:id',
    lazy(() => import('../modules/performance/reports/ReportPage')),
    // The OPD's own staff, its reviewers and the city-wide readers (the mayor's view links here).
    ['kepala_opd', 'operator_opd', 'auditor', 'eksekutif', 'admin'],
  ],
  ['/konsol/kinerja/verifikasi', lazy(() => import('../modules/performance/reports/ReviewQueuePage'))],
  ['/konsol/kinerja/anggaran', lazy(() => import('../modules/performance/budget/BudgetPage'))],
  ['/konsol/kinerja/pengaturan', lazy(() => import('../modules/performance/settings/SettingsPage'))],
  ['/konsol/data', lazy(() => import('../modules/opendata/console/ProducerDatasetsPage'))],
  ['/konsol/data/baru', lazy(() => import('../modules/opendata/console/NewDatasetPage')), '/konsol/data'],
  ['/konsol/data/dataset/:name', lazy(() => import('../modules/opendata/console/ProducerDatasetPage')), '/konsol/data'],
  ['/konsol/data/dataset/:name/ubah', lazy(() => import('../modules/opendata/console/EditDatasetPage')), '/konsol/data'],
  ['/konsol/data/verifikasi', lazy(() => import('../modules/opendata/review/ReviewQueuePage'))],
  ['/konsol/data/impor', lazy(() => import('../modules/opendata/import/ImportPage'))],
  ['/konsol/data/verifikasi/:name', lazy(() => import('../modules/opendata/review/ReviewDatasetPage')), '/konsol/data/verifikasi'],
  ['/konsol/spbe', lazy(() => import('../modules/spbe/console/EvaluationsPage'))],
  ['/konsol/spbe/:year', lazy(() => import('../modules/spbe/console/EvaluationPage')), '/konsol/spbe'],
  ['/konsol/spbe/:year/indikator/:number', lazy(() => import('../modules/spbe/indicator/IndicatorPage')), '/konsol/spbe'],
  ['/konsol/smartcity', lazy(() => import('../modules/smartcity/roadmap/RoadmapPage'))],
  ['/konsol/smartcity/roadmap/baru', lazy(() => import('../modules/smartcity/roadmap/NewRoadmapItemPage')), ['admin', 'kepala_opd', 'operator_opd']],
  ['/konsol/smartcity/roadmap/:id', lazy(() => import('../modules/smartcity/roadmap/RoadmapItemPage')), '/konsol/smartcity'],
  ['/konsol/smartcity/evaluasi', lazy(() => import('../modules/smartcity/evaluation/EvaluationsPage'))],
  ['/konsol/smartcity/evaluasi/:id', lazy(() => import('../modules/smartcity/evaluation/EvaluationPage')), '/konsol/smartcity/evaluasi'],
  ['/konsol/smartcity/program', lazy(() => import('../modules/smartcity/programmes/ProgrammesPage'))],
  ['/konsol/smartcity/pengaturan', lazy(() => import('../modules/smartcity/evaluation/SettingsPage'))],
  ['/admin/pengguna', lazy(() => import('../modules/admin/users/UsersPage'))],
  ['/admin/opd', lazy(() => import('../modules/admin/opds/OpdsPage'))],
  ['/admin/kategori', lazy(() => import('../modules/admin/categories/CategoriesPage'))],
  ['/admin/hari-libur', lazy(() => import('../modules/admin/holidays/HolidaysPage'))],
  ['/admin/tempat-qr', lazy(() => import('../modules/admin/qr/QrPlacesPage'))],
  ['/admin/webhook', lazy(() => import('../modules/admin/webhooks/WebhooksPage'))],
  ['/admin/antrean', lazy(() => import('../modules/admin/outbox/DeadLettersPage'))],
  ['/admin/token', lazy(() => import('../modules/admin/tokens/TokensPage'))],
];
const ConsoleHome = lazy(() => import('../modules/complaints/officer/ConsoleHome'));

const rolesFor = (path: string) => CONSOLE_LINKS.find((l) => l.path === path)?.roles ?? ['admin'];
const rolesOf = (path: string, own?: string | Role[]): Role[] => (Array.isArray(own) ? own : rolesFor(own ?? path));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        {citizenPages.map(([path, Page]) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="/lacak/:trackingNo" element={<TrackPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        element={
          <RequireRole roles={STAFF_ROLES}>
            <ConsoleLayout />
          </RequireRole>
        }
      >
        <Route path="/konsol" element={<ConsoleHome />} />
        {consolePages.map(([path, Page, access]) => (
          <Route
            key={path}
            path={path}
            element={
              <RequireRole roles={rolesOf(path, access)}>
                <Page />
              </RequireRole>
            }
          />
        ))}
      </Route>
    </Routes>
  );
}
