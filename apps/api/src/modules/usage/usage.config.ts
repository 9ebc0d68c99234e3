/** The usage module's settings, from the environment, read once. */
export const usageConfig = {
  /**
   * Acct-Interim-Interval the NASes use (seconds): a session without an update for twice as
   * long is shown as stale (the NAS rebooted or lost its link without sending a Stop).
   */
  interimIntervalSeconds: Number(process.env.RADIUS_INTERIM_INTERVAL_SECONDS ?? 300),
  /** RFC 5176 Disconnect-Request: wait this long for the NAS's answer, per attempt. */
  disconnectTimeoutMs: Number(process.env.RADIUS_DISCONNECT_TIMEOUT_MS ?? 2000),
  /** Attempts (the same packet retransmitted, as RFC 5176 §2.3 asks) before reporting TIMEOUT. */
  disconnectAttempts: Number(process.env.RADIUS_DISCONNECT_ATTEMPTS ?? 2),
  /** The NAS's Dynamic Authorization port when its nas row does not say (RFC 5176: 3799). */
  defaultCoaPort: 3799,
};
