/** The frameworks the city can evaluate against, one per regulation, each with its workbook to download. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { AdminTable } from '../../admin/components/AdminTable';
import { useFrameworks, workbookHref } from '../shared/api';

export function FrameworkList() {
  const { t } = useTranslation('spbe');
  const frameworks = useFrameworks();
  return (
    <section aria-labelledby="spbe-frameworks">
      <h2 id="spbe-frameworks">{t('frameworks.title')}</h2>
      <p className="hint">{t('frameworks.intro')}</p>
      {frameworks.isPending ? (
        <Loading />
      ) : frameworks.isError ? (
        <ErrorMessage error={frameworks.error} />
      ) : (
        <AdminTable
          caption={t('frameworks.title')}
          columns={[t('frameworks.col.name'), t('frameworks.col.years'), t('frameworks.col.size'), t('frameworks.col.workbook')]}
        >
          {frameworks.data.map((f) => (
            <tr key={f.code}>
              <td>
                {f.name}
                <span className="cell-sub">{f.regulation}</span>
              </td>
              <td className="nowrap">{t('frameworks.years', { from: f.fromYear, to: f.toYear ?? t('frameworks.now') })}</td>
              <td>{t('frameworks.size', { domains: f.domains, aspects: f.aspects, indicators: f.indicators })}</td>
              <td>
                <a href={workbookHref(f.code)} download aria-label={t('frameworks.downloadNamed', { name: f.name })}>
                  {t('frameworks.download')}
                </a>
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
