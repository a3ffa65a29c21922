import { useState } from 'react';

/** The page of a paged list; `resetting(set)` wraps a filter's setter so a new filter starts on page 1. */
export function usePage() {
  const [page, setPage] = useState(1);
  const resetting =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  return { page, setPage, resetting };
}
