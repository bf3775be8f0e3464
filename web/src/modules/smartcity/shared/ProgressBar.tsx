/**
 * Progress as a bar with its figure beside it. The native <progress> is named for screen readers
 * ("Progres Smart Living: 50%"); the figure is written out, so the bar only repeats it.
 */
import { progressText } from './format';
import './smartcity.css';

export function ProgressBar({ progress, label }: { progress: number | null; label: string }) {
  const text = progressText(progress);
  return (
    <span className="sc-progress">
      <progress max={100} value={progress ?? 0} aria-label={`${label}: ${text}`} />
      <span className="sc-progress-figure" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
