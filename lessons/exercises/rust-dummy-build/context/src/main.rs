use axum::{extract::Path, http::StatusCode, routing::get, Json, Router};
use rand::seq::SliceRandom;
use serde::Serialize;

#[derive(Clone, Copy, Serialize)]
struct Quote {
    id: usize,
    text: &'static str,
    author: &'static str,
}

const QUOTES: [Quote; 3] = [
    Quote { id: 0, text: "Simplicity is prerequisite for reliability.", author: "Edsger W. Dijkstra" },
    Quote { id: 1, text: "Make it work, make it right, make it fast.", author: "Kent Beck" },
    Quote { id: 2, text: "Premature optimization is the root of all evil.", author: "Donald Knuth" },
];

async fn random() -> Json<Quote> {
    let quote = QUOTES.choose(&mut rand::thread_rng()).copied().unwrap_or(QUOTES[0]);
    Json(quote)
}

async fn by_id(Path(id): Path<usize>) -> Result<Json<Quote>, StatusCode> {
    QUOTES.get(id).copied().map(Json).ok_or(StatusCode::NOT_FOUND)
}

#[tokio::main]
async fn main() {
    let app = Router::new()
        .route("/quotes/random", get(random))
        .route("/quotes/:id", get(by_id))
        .route("/healthz", get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.expect("bind :8080");
    println!("quotes-api listening on :8080");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .expect("server error");
}
