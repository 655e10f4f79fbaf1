"""Key points: where they come from, and how well a précis covers them."""
