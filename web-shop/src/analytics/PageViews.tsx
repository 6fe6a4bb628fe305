import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { trackPageView } from './matomo';

/**
 * Reports a page view for every route the buyer opens. The title is read a moment later, when
 * the new page has set it (pages set it from their data).
 */
export function PageViews() {
  const location = useLocation();
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    const url = window.location.href;
    const referrer = previous.current;
    previous.current = url;
    const timer = setTimeout(() => trackPageView(url, document.title, referrer), 300);
    return () => clearTimeout(timer);
  }, [location.pathname, location.search]);
  return null;
}
