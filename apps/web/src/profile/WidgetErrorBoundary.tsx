'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button } from '@mantine/core';

interface State {
  error: Error | null;
}

/** Keeps a widget that throws while drawing from taking the rest of the profile down with it. */
export class WidgetErrorBoundary extends Component<{ title: string; children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Widget "${this.props.title}" failed to render`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={`${this.props.title} could not be shown`} role="alert">
        {this.state.error.message}
        <div>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        </div>
      </Alert>
    );
  }
}
