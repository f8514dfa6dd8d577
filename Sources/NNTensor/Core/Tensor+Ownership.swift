/// Exclusive ownership of a tensor's storage, for code that wants to reuse a buffer in place
/// (autograd accumulating gradients) only when no other tensor can observe the write.
extension Tensor {
    /// True when this tensor value is the only reference to its storage and covers all of it,
    /// contiguously from the first element — so writing into it in place is invisible to every
    /// other tensor. Views, expanded (stride-0) tensors and storages shared with another
    /// tensor value give false. `mutating` only because the uniqueness test needs `inout`; it
    /// changes nothing.
    public mutating func ownsStorageExclusively() -> Bool {
        isContiguous && offset == 0 && storage.header.byteCount == count &* dtype.itemSize
            && isKnownUniquelyReferenced(&storage)
    }
}
