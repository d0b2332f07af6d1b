//! The event stream (server-sent events) that tells open pages a build has finished.
//!
//! Owns: the list of listening browsers, writing `event: build` to each, and dropping those
//! that went away. Must not: build or decide what a page shows.

use std::io::Write;
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// More open tabs than anyone uses; each holds a thread.
const MAX_LISTENERS: usize = 64;

/// A comment line now and then, so that a closed tab is noticed and its thread ends.
const KEEPALIVE: Duration = Duration::from_secs(15);

#[derive(Default)]
pub struct Listeners {
    senders: Mutex<Vec<Sender<String>>>,
}

impl Listeners {
    /// A new listener, or `None` when there are too many.
    pub fn join(&self) -> Option<Receiver<String>> {
        let mut senders = self.senders.lock().unwrap_or_else(|e| e.into_inner());
        senders.retain(|s| s.send(String::new()).is_ok());
        if senders.len() >= MAX_LISTENERS {
            return None;
        }
        let (tx, rx) = mpsc::channel();
        senders.push(tx);
        Some(rx)
    }

    /// Tells every listener that build `generation` is being served.
    pub fn announce(&self, generation: &str) {
        let mut senders = self.senders.lock().unwrap_or_else(|e| e.into_inner());
        senders.retain(|s| s.send(generation.to_string()).is_ok());
    }
}

/// Writes the stream to one browser until it goes away. `current` is the generation served
/// now: it is sent first, so that a page that missed a build notices.
pub fn stream(mut writer: Box<dyn Write + Send>, current: &str, events: &Receiver<String>) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 500\n\n";
    if write_flush(&mut writer, head).is_err() || send(&mut writer, current).is_err() {
        return;
    }
    loop {
        let result = match events.recv_timeout(KEEPALIVE) {
            // An empty message only checks that the listener is still registered.
            Ok(g) if g.is_empty() => continue,
            Ok(g) => send(&mut writer, &g),
            Err(RecvTimeoutError::Timeout) => write_flush(&mut writer, ": still here\n\n"),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if result.is_err() {
            return;
        }
    }
}

fn send(writer: &mut Box<dyn Write + Send>, generation: &str) -> std::io::Result<()> {
    write_flush(writer, &format!("event: build\ndata: {generation}\n\n"))
}

fn write_flush(writer: &mut Box<dyn Write + Send>, text: &str) -> std::io::Result<()> {
    writer.write_all(text.as_bytes())?;
    writer.flush()
}
