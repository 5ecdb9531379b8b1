import { useEffect, useState } from 'react';
import { type FramedPage, framedPageHere } from '../boot/framedPage';

/**
 * The page of the owner's frame at the current address, followed as it changes (a link,
 * the browser's Back); `onLeave` when the address leads to a page the frame does not draw
 * (undefined is then returned until the app takes over).
 */
export const useFramedAddress = (onLeave: () => void): FramedPage | undefined => {
  const [page, setPage] = useState(framedPageHere);
  useEffect(() => {
    const follow = () => {
      const next = framedPageHere();
      setPage(next);
      if (!next) onLeave();
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [onLeave]);
  return page;
};
