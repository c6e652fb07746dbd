public import AluCatalog

extension Directory {
    /// The directory of `catalog` on the same day, re-using the public copies and the
    /// index features of every supplier not named in `changed`.
    ///
    /// `changed` names the entries upserted or removed since this directory was built
    /// (an id in neither catalogue is ignored; an id new to `catalog` is worked out
    /// whether named or not). An entry that changed but is not named keeps its old
    /// public copy and features: the caller owes the list (the catalogue index knows
    /// what it upserted). A changed taxonomy rebuilds everything. The word and term
    /// tables only grow; when more than half the words are no longer used by anyone,
    /// the index is built afresh so that a long-running portal does not drift.
    public func updated(with catalog: Catalog, changed ids: Set<String>) -> Directory {
        guard catalog.taxonomy.version == self.catalog.taxonomy.version, catalog.taxonomy.nodes == self.catalog.taxonomy.nodes else {
            return Directory(catalog: catalog, day: day)
        }
        var suppliers: [Supplier] = []
        var reused: [SupplierFeatures?] = []
        suppliers.reserveCapacity(catalog.suppliers.count)
        reused.reserveCapacity(catalog.suppliers.count)
        for supplier in catalog.suppliers {
            if !ids.contains(supplier.id), let old = position(of: supplier.id) {
                suppliers.append(self.suppliers[old])
                reused.append(index.features[old])
            } else {
                suppliers.append(supplier.publicCopy(on: day))
                reused.append(nil)
            }
        }
        return rebuilt(catalog: catalog, day: day, suppliers: suppliers, reused: reused)
    }

    /// The directory of the same catalogue on `day`: certificates start and expire at
    /// midnight, so only the suppliers one of whose certificates is valid on one day
    /// and not the other are worked out again. Returns `self` for the same day.
    public func rebuilt(for day: CalendarDay) -> Directory {
        guard day != self.day else { return self }
        var suppliers: [Supplier] = []
        var reused: [SupplierFeatures?] = []
        suppliers.reserveCapacity(catalog.suppliers.count)
        reused.reserveCapacity(catalog.suppliers.count)
        for (position, supplier) in catalog.suppliers.enumerated() {
            if supplier.certifications.allSatisfy({ $0.isValid(on: day) == $0.isValid(on: self.day) }) {
                suppliers.append(self.suppliers[position])
                reused.append(index.features[position])
            } else {
                suppliers.append(supplier.publicCopy(on: day))
                reused.append(nil)
            }
        }
        return rebuilt(catalog: catalog, day: day, suppliers: suppliers, reused: reused)
    }

    /// The directory for today in the cluster's time zone (``CalendarDay/today(at:timeZone:)``):
    /// `self` until midnight in Montréal, then ``rebuilt(for:)``. For a portal to call
    /// before it answers.
    public func current(today: CalendarDay = .today()) -> Directory { rebuilt(for: today) }

    private func rebuilt(catalog: Catalog, day: CalendarDay, suppliers: [Supplier], reused: [SupplierFeatures?]) -> Directory {
        let stale = index.postings.unusedWordCount * 2 > index.words.count
        if stale { return Directory(catalog: catalog, day: day) }
        let rebuiltIndex = DirectoryIndex(
            suppliers: suppliers, day: day, taxonomy: index.taxonomy, tables: (index.words, index.terms), reused: reused)
        return Directory(catalog: catalog, day: day, suppliers: suppliers, index: rebuiltIndex)
    }
}
