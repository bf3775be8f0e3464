/** Step 4: who the reporter is (all optional) and who may see the complaint. */
import { useTranslation } from 'react-i18next';
import { PRIVACIES } from '../../shared/types';
import type { StepProps } from './stepProps';
import type { FieldName } from './steps';

const CONTACT_FIELDS: Array<{ name: Extract<FieldName, 'name' | 'email' | 'phone'>; type: string; autoComplete: string; inputMode?: 'email' | 'tel' }> = [
  { name: 'name', type: 'text', autoComplete: 'name' },
  { name: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
];

export function ContactStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('filing');
  return (
    <>
      <p>{t('contact.intro')}</p>
      {CONTACT_FIELDS.map(({ name, type, autoComplete, inputMode }) => {
        const id = `filing-${name}`;
        const error = errors[name];
        return (
          <div className="field" key={name}>
            <label htmlFor={id}>{t(`contact.${name}`)}</label>
            <p className="hint" id={`${id}-hint`}>
              {t(`contact.${name}Hint`)}
            </p>
            <input
              id={id}
              type={type}
              inputMode={inputMode}
              autoComplete={autoComplete}
              value={draft[name]}
              maxLength={name === 'phone' ? 30 : name === 'email' ? 320 : 200}
              onChange={(e) => update({ [name]: e.target.value })}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              aria-invalid={error ? true : undefined}
            />
            {error && (
              <p className="field-error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <fieldset className="field" id="filing-privacy">
        <legend>{t('privacy.legend')}</legend>
        {PRIVACIES.map((privacy) => (
          <div className="choice" key={privacy}>
            <input
              type="radio"
              id={`filing-privacy-${privacy}`}
              name="privacy"
              value={privacy}
              checked={draft.privacy === privacy}
              onChange={() => update({ privacy })}
              aria-describedby={`filing-privacy-${privacy}-hint`}
            />
            <div className="choice-text">
              <label htmlFor={`filing-privacy-${privacy}`}>{t(`common:privacy.${privacy}`)}</label>
              <p className="hint choice-hint" id={`filing-privacy-${privacy}-hint`}>
                {t(`privacy.hint.${privacy}`)}
              </p>
            </div>
          </div>
        ))}
        {errors.privacy && (
          <p className="field-error" role="alert">
            {errors.privacy}
          </p>
        )}
      </fieldset>
    </>
  );
}
