//! How much the bench measures: the full run's repetitions and waits, or the quick run's.

use std::time::Duration;

use crate::args::Args;

/// How much of everything: `--quick` proves the instrument in about a minute.
pub struct Plan {
    pub runs: usize,
    /// Extra launches that only time the start (no idle wait).
    pub start_only: usize,
    pub variant_runs: usize,
    /// After becoming interactive, the start's own background work (revalidating sessions,
    /// the realtime connection, images, custom sounds) is left to finish this long before the
    /// idle measure begins.
    pub settle: Duration,
    pub idle: Duration,
    pub rounds: usize,
}

impl Plan {
    /// The plan `args` ask for (`--quick`, `--idle-seconds`).
    pub fn for_args(args: &Args) -> Plan {
        let plan = if args.quick {
            Plan {
                runs: 1,
                start_only: 0,
                variant_runs: 1,
                // The debug build's start work (the server's profile and images arriving, the
                // realtime connection and its first counts, each a re-render in software GL)
                // runs for several seconds after the first paint; the audio output warmed up at
                // start closes 10 s after it opened.
                settle: Duration::from_secs(11),
                idle: Duration::from_secs(3),
                rounds: 2,
            }
        } else {
            Plan {
                runs: 3,
                start_only: 2,
                variant_runs: 2,
                // The audio output warmed up at start closes 10 s after it opened.
                settle: Duration::from_secs(12),
                // A minute idle: the CPU it costs, then the memory.
                idle: Duration::from_secs(60),
                rounds: 5,
            }
        };
        match args.idle_seconds {
            Some(seconds) => Plan {
                idle: Duration::from_secs(seconds),
                ..plan
            },
            None => plan,
        }
    }
}
