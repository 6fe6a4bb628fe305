import { subscribeToSeats, type SeatMapState } from '@prichal/sdk';
import { useEffect, useState } from 'react';

/**
 * Live seat status of a sailing for this browser session (its own holds arrive as
 * `selected`): a snapshot first, then every change as it happens. Null until the snapshot.
 */
export function useSeatStream(eventId: string, sessionId: string): { state: SeatMapState | null; connected: boolean } {
  const [state, setState] = useState<SeatMapState | null>(null);
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    setState(null);
    const stream = subscribeToSeats({
      baseUrl: window.location.origin,
      eventId,
      sessionId,
      onChange: (next) => {
        setConnected(true);
        setState(next);
      },
      onDisconnect: () => setConnected(false),
    });
    return () => stream.close();
  }, [eventId, sessionId]);
  return { state, connected };
}
