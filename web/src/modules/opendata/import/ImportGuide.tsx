/**
 * What an import must hold, said before the walidata prepares it. The catalogue's columns come
 * from the list the server reads and writes the template with (bulk.columns.ts), so the page, the
 * template and the check never disagree on a header.
 */
import { useTranslation } from 'react-i18next';
import { CATALOGUE_COLUMNS } from '../../../../../src/modules/opendata/bulk.columns';

export function ImportGuide() {
  const { t, i18n } = useTranslation('opendata');
  const lng = i18n.language === 'en' ? 'en' : 'id';
  const names = (required: boolean) =>
    CATALOGUE_COLUMNS.filter((c) => c.required === required)
      .map((c) => c.key)
      .join(', ');
  return (
    <section aria-labelledby="od-import-guide">
      <h2 id="od-import-guide">{t('import.guide.title')}</h2>
      <ul className="od-import-guide">
        <li>{t('import.guide.workbook')}</li>
        <li>{t('import.guide.folder')}</li>
        <li>
          {t('import.guide.required', { columns: names(true) })} {t('import.guide.optional', { columns: names(false) })}
        </li>
        <li>{t('import.guide.table')}</li>
        <li>{t('import.guide.allOrNothing')}</li>
        <li>{t('import.guide.again')}</li>
        <li>{t('import.guide.drafts')}</li>
      </ul>
      <details className="od-import-columns">
        <summary>{t('import.guide.columns')}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('import.guide.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.guide.column')}</th>
                <th scope="col">{t('import.guide.needed')}</th>
                <th scope="col">{t('import.guide.what')}</th>
              </tr>
            </thead>
            <tbody>
              {CATALOGUE_COLUMNS.map((c) => (
                <tr key={c.key}>
                  <th scope="row">
                    <code>{c.key}</code>
                  </th>
                  <td>{c.required ? t('import.guide.yes') : t('import.guide.no')}</td>
                  <td>
                    {c.help[lng]}
                    {c.example && <span className="cell-sub">{t('import.guide.example', { example: c.example })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
