import { createContext, useContext } from 'react';

/** The reporter's secret on this page, for the few things that need it deep down (rahasia photos). */
export const ReporterSecret = createContext<string | null>(null);

export const useReporterSecret = () => useContext(ReporterSecret);
