/**
 * /aduan/baru: "Sampaikan Aduan", a four-step wizard (kind and category, place, description and
 * photos, contact and privacy) ending in a receipt on the same page. A QR poster opens it as
 * /aduan/baru?tempat=<code> with that place filled in. The map and the EXIF reader are fetched only
 * when needed, so the page itself stays within the citizen pages' JavaScript budget.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSite } from '../../../../api/site';
import { ErrorMessage } from '../../../../ui/feedback';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useCategories } from '../../shared/hooks';
import { Confirmation } from './Confirmation';
import { ContactStep } from './ContactStep';
import { DetailsStep } from './DetailsStep';
import { useDraft } from './draft';
import { KindStep } from './KindStep';
import { PlaceStep } from './PlaceStep';
import { setPhotoLimits } from './photos';
import { useQrPlace, useResolvedPlace } from './queries';
import { outsideCityMessage } from './ResolvedLine';
import { StepIndicator } from './StepIndicator';
import { Summary } from './Summary';
import { checkStep, type FieldErrors, type FieldName, placeServerError, STEPS } from './steps';
import { useFileComplaint } from './submit';
import './filing.css';

const LAST = STEPS.length - 1;

/** The element that holds a field, or the first input inside it (a radio group). */
function focusField(field: FieldName) {
  const element = document.getElementById(`filing-${field}`);
  if (!element) return false;
  const target = element.matches('input, textarea, select, [tabindex]') ? element : element.querySelector<HTMLElement>('input:checked, input');
  target?.focus();
  return !!target;
}

export default function FilingPage() {
  const { t } = useTranslation('filing');
  const site = useSite();
  // Before anything below reads them: the city's own photo limits (plain values, safe to set twice).
  if (site.data) setPhotoLimits(site.data.uploads);
  const [params] = useSearchParams();
  const qrCode = params.get('tempat')?.trim().toLowerCase() || null;
  const qrPlace = useQrPlace(qrCode);
  const categories = useCategories();
  const { draft, update, addPhotos, removePhoto, setPhotoPixels, reset } = useDraft();
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  // The step where the server's refusal is shown: the one holding the field it names.
  const [serverErrorStep, setServerErrorStep] = useState<number | null>(null);
  const submit = useFileComplaint();
  useDocumentTitle(submit.isSuccess ? t('done.title') : t('title'));

  const usingQr = !!qrCode && draft.useQrPlace && qrPlace.isSuccess;
  const point = usingQr ? { lat: qrPlace.data.lat, lon: qrPlace.data.lon } : draft.pin;
  const resolved = useResolvedPlace(point);

  // A QR place may suggest its category; offered once, and only if the citizen has not chosen one.
  const suggested = useRef(false);
  useEffect(() => {
    const code = qrPlace.data?.categoryCode;
    if (suggested.current || !code || !categories.data) return;
    suggested.current = true;
    if (!draft.category && categories.data.some((c) => c.code === code)) update({ category: code });
  }, [qrPlace.data, categories.data, draft.category, update]);

  // Focus follows the wizard: the new step's heading, or the first field with a problem.
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusTarget, setFocusTarget] = useState<{ to: 'heading' | FieldName; at: number } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.to === 'heading' || !focusField(focusTarget.to)) heading.current?.focus();
  }, [focusTarget]);

  const show = (next: number, problems: FieldErrors = {}) => {
    setStep(next);
    setErrors(problems);
    const first = (Object.keys(problems) as FieldName[])[0];
    setFocusTarget({ to: first ?? 'heading', at: Date.now() });
  };

  const context = { qrPlaceReady: usingQr, outsideCity: outsideCityMessage(resolved) };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    setServerErrorStep(null);
    const problems = checkStep(step, draft, context, t);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      setFocusTarget({ to: Object.keys(problems)[0] as FieldName, at: Date.now() });
      return;
    }
    if (step < LAST) {
      show(step + 1);
      return;
    }
    // Every step again: a change made by going back may have undone an earlier answer.
    for (let s = 0; s < LAST; s++) {
      const earlier = checkStep(s, draft, context, t);
      if (Object.keys(earlier).length > 0) return show(s, earlier);
    }
    submit.mutate(
      { draft, qrCode: usingQr ? qrCode : null },
      {
        onSuccess: () => reset(),
        onError: (error) => {
          const placed = placeServerError(error);
          setServerErrorStep(placed.step);
          show(placed.step, placed.fields);
        },
      },
    );
  };

  const fileAnother = () => {
    reset();
    submit.startOver();
    suggested.current = false;
    show(0);
  };

  if (submit.isSuccess) {
    return (
      <main id="main" className="page narrow filing">
        <h1>{t('title')}</h1>
        <Confirmation filed={submit.data} onAnother={fileAnother} />
      </main>
    );
  }

  const stepProps = { draft, update, errors };
  // Shown above the step unless its whole message already stands beside the field it concerns.
  const serverError = submit.isError && serverErrorStep === step && !Object.values(errors).includes(submit.error.message) ? submit.error : null;

  return (
    <main id="main" className="page narrow filing">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead', { city: site.data?.cityName ?? '' })}</p>
      <StepIndicator current={step} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <h2 id="filing-step-title" ref={heading} tabIndex={-1} aria-describedby="filing-step-count">
          {t(`steps.${STEPS[step]}`)}
        </h2>
        {serverError && <ErrorMessage error={serverError} />}
        {step === 0 && <KindStep {...stepProps} />}
        {step === 1 && <PlaceStep {...stepProps} qrCode={qrCode} qrPlace={qrPlace} resolved={resolved} addPhotos={addPhotos} />}
        {step === 2 && <DetailsStep {...stepProps} photosApi={{ addPhotos, removePhoto, setPhotoPixels }} point={point} usingQr={usingQr} />}
        {step === 3 && (
          <>
            <ContactStep {...stepProps} />
            <Summary draft={draft} qrPlace={usingQr ? qrPlace.data : null} resolved={resolved} onEdit={(s) => show(s)} />
          </>
        )}
        <div className="button-row filing-nav">
          {step > 0 && (
            <button type="button" className="button secondary" onClick={() => show(step - 1)} disabled={submit.isPending}>
              {t('nav.back')}
            </button>
          )}
          <button type="submit" className="button" disabled={submit.isPending}>
            {step < LAST ? t('nav.next') : submit.isPending ? t('nav.sending') : t('nav.submit')}
          </button>
        </div>
        {step === LAST && submit.isPending && (
          <p className="hint" role="status">
            {draft.photos.length > 0 ? t('nav.sendingPhotos') : t('nav.sending')}
          </p>
        )}
      </form>
    </main>
  );
}
