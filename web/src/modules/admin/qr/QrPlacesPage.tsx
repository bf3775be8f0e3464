/**
 * QR places (/admin/tempat-qr): public spots (markets, stops, parks) with a poster whose QR code
 * opens the complaint form with the place filled in.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useCategories } from '../../complaints/shared/hooks';
import '../components/admin.css';
import { ActiveToggle } from '../components/ActiveToggle';
import { AdminTable } from '../components/AdminTable';
import { QueryView } from '../components/QueryView';
import { StatusLine } from '../components/StatusLine';
import { usePageParams } from '../components/usePageParams';
import { PAGE_SIZE, type QrPlace, useQrPlaces, useUpdateQrPlace } from './api';
import { QrCodePanel } from './QrCodePanel';
import { QrPlaceForm } from './QrPlaceForm';

type Open = { form: 'new' } | { form: 'edit'; place: QrPlace } | { form: 'qr'; place: QrPlace } | null;

export default function QrPlacesPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('qr.title'));
  const params = usePageParams();
  const places = useQrPlaces(params.page);
  const setActive = useUpdateQrPlace();
  const categories = useCategories();
  const categoryNames = new Map((categories.data ?? []).map((c) => [c.code, c.name]));
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const show = (next: Open) => {
    setMessage(null);
    setOpen(next);
  };
  const saved = (text: string) => {
    setOpen(null);
    setMessage(text);
  };

  return (
    <main id="main" className="page">
      <h1>{t('qr.title')}</h1>
      <p className="admin-intro">{t('qr.intro')}</p>
      <StatusLine message={message} />
      {open === null && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => show({ form: 'new' })}>
            {t('qr.create')}
          </button>
        </div>
      )}
      {open?.form === 'new' && <QrPlaceForm onSaved={saved} onCancel={() => setOpen(null)} />}
      {open?.form === 'edit' && <QrPlaceForm key={open.place.code} place={open.place} onSaved={saved} onCancel={() => setOpen(null)} />}
      {open?.form === 'qr' && <QrCodePanel key={open.place.code} place={open.place} onClose={() => setOpen(null)} />}
      <section aria-labelledby="qr-list-title">
        <h2 id="qr-list-title">{t('qr.listTitle')}</h2>
        <ErrorMessage error={setActive.error} />
        <QueryView query={places} isEmpty={(d) => d.items.length === 0} emptyTitle={t('qr.empty')} emptyText={t('qr.emptyText')}>
          {(data) => (
            <>
              <p className="hint" role="status">
                {t('qr.count', { count: data.total, n: formatNumber(data.total) })}
              </p>
              <AdminTable
                caption={t('qr.listTitle')}
                columns={[t('qr.fields.code'), t('qr.fields.name'), t('qr.category'), t('qr.state'), t('qr.createdAt')]}
                actions
              >
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <td>{p.code}</td>
                    <td>
                      {p.name}
                      {p.address && <span className="cell-sub">{p.address}</span>}
                    </td>
                    <td>{p.categoryCode ? (categoryNames.get(p.categoryCode) ?? p.categoryCode) : '—'}</td>
                    <td>{p.active ? <span className="badge state-on">{t('qr.active')}</span> : <span className="badge state-off">{t('qr.inactive')}</span>}</td>
                    <td>{formatDate(p.createdAt)}</td>
                    <td>
                      <div className="actions">
                        {p.active && (
                          <button
                            type="button"
                            className="button"
                            onClick={() => show({ form: 'qr', place: p })}
                            aria-label={t('qr.showQrNamed', { name: p.name })}
                          >
                            {t('qr.showQr')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="button secondary"
                          onClick={() => show({ form: 'edit', place: p })}
                          aria-label={t('shared.editNamed', { name: p.name })}
                        >
                          {t('shared.edit')}
                        </button>
                        <ActiveToggle
                          active={p.active}
                          pending={setActive.isPending}
                          onChange={(active) =>
                            setActive.mutate(
                              { code: p.code, active },
                              { onSuccess: () => saved(t(active ? 'qr.reactivated' : 'qr.retired', { name: p.name })) },
                            )
                          }
                          labels={{
                            retire: t('qr.retire'),
                            question: t('qr.retireQuestion', { name: p.name }),
                            confirm: t('qr.retireConfirm'),
                            reactivate: t('qr.reactivate'),
                          }}
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </AdminTable>
              <Pagination page={data.page} pageSize={PAGE_SIZE} total={data.total} onPage={params.setPage} />
            </>
          )}
        </QueryView>
      </section>
    </main>
  );
}
