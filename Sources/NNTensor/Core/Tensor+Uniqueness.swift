/// Whether a tensor's storage is shared, for code that reuses buffers.
extension Tensor {
    /// True when no other tensor value (view or copy) holds this tensor's storage, so a
    /// shared-write into it cannot be seen anywhere else. A data loader checks this before
    /// writing a new batch into the buffer of one it handed out earlier.
    public mutating func hasUniqueStorage() -> Bool {
        isKnownUniquelyReferenced(&storage)
    }
}
