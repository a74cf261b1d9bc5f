//! The debrief as a format-neutral document: headings, paragraphs, lists, tables and charts.
//! The Markdown and HTML writers render the same document, so they never disagree.

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Level 1 is the title; 2 a section; 3 a subsection.
    Heading(u8, String),
    Paragraph(String),
    /// Items with an optional bold lead ("**Oracle**: bond_bn 0 → 5").
    List(Vec<Item>),
    Table(Table),
    /// Drawn in HTML only; Markdown readers have the tables.
    Chart(Chart),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub lead: Option<String>,
    pub text: String,
}

impl Item {
    pub fn plain(text: impl Into<String>) -> Item {
        Item {
            lead: None,
            text: text.into(),
        }
    }

    pub fn led(lead: impl Into<String>, text: impl Into<String>) -> Item {
        Item {
            lead: Some(lead.into()),
            text: text.into(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    /// Right-aligned columns (numbers).
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table whose first `text_columns` columns are text and the rest numbers.
    pub fn new(header: Vec<String>, text_columns: usize) -> Table {
        let numeric = (0..header.len()).map(|i| i >= text_columns).collect();
        Table {
            header,
            numeric,
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

/// A line chart: one value per quarter per series.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub unit: String,
    pub x_labels: Vec<String>,
    pub series: Vec<Series>,
    /// A logarithmic y axis, so one series' spike does not flatten the others.
    pub log_scale: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    /// The language code, for the HTML `lang` attribute.
    pub lang: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    pub fn list(&mut self, items: Vec<Item>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    pub fn table(&mut self, table: Table) {
        self.blocks.push(Block::Table(table));
    }

    pub fn chart(&mut self, chart: Chart) {
        self.blocks.push(Block::Chart(chart));
    }
}
