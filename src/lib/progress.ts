/**
 * Progress of long work as one line: counts, rate and time left, at most once per `everyMs` (and at the end), so
 * a split or index of a big archive says how far it is without flooding the log.
 */
export function progressReporter(
  label: string,
  total: number,
  unit: string,
  write: (line: string) => void,
  everyMs = 2000,
): (done: number) => void {
  const started = Date.now();
  let last = started;
  return (done: number) => {
    const now = Date.now();
    if (done < total && now - last < everyMs) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = done / seconds;
    const left = rate > 0 ? (total - done) / rate : 0;
    write(
      `${label}: ${done}/${total} ${unit}, ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s, ${done < total ? `~${formatSeconds(left)} left` : `done in ${formatSeconds(seconds)}`}`,
    );
  };
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
