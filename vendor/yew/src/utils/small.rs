//! Maps and sets over a `Vec`, used in place of std's hashed collections. Every collection Yew
//! keeps for a widget is small (a few event kinds, a few dozen listening elements), so a linear
//! search costs nothing measurable, while each `HashMap` instantiation and the hasher it brings
//! add kilobytes to the wasm.

use std::borrow::Borrow;

#[derive(Debug)]
pub(crate) struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<K: Eq, V> VecMap<K, V> {
    pub fn with_capacity(n: usize) -> Self {
        Self(Vec::with_capacity(n))
    }

    fn position<Q: ?Sized + Eq>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.0.iter().position(|(k, _)| k.borrow() == key)
    }

    pub fn get<Q: ?Sized + Eq>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|at| &self.0[at].1)
    }

    pub fn get_mut<Q: ?Sized + Eq>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(move |at| &mut self.0[at].1)
    }

    pub fn contains_key<Q: ?Sized + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    /// Replaces the value of an equal key, as `HashMap::insert` does.
    pub fn insert(&mut self, key: K, value: V) {
        match self.position(&key) {
            Some(at) => self.0[at].1 = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn remove<Q: ?Sized + Eq>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|at| self.0.swap_remove(at).1)
    }

    /// `entry(key).or_default()`.
    pub fn entry_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let at = match self.position(&key) {
            Some(at) => at,
            None => {
                self.0.push((key, V::default()));
                self.0.len() - 1
            }
        };
        &mut self.0[at].1
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
}

impl<K: Eq, V> FromIterator<(K, V)> for VecMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::default();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

#[derive(Debug)]
pub(crate) struct VecSet<T>(Vec<T>);

impl<T> Default for VecSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: Eq> VecSet<T> {
    pub fn with_capacity(n: usize) -> Self {
        Self(Vec::with_capacity(n))
    }

    fn position<Q: ?Sized + Eq>(&self, value: &Q) -> Option<usize>
    where
        T: Borrow<Q>,
    {
        self.0.iter().position(|v| v.borrow() == value)
    }

    /// Whether the value was new, as `HashSet::insert` says.
    pub fn insert(&mut self, value: T) -> bool {
        if self.position(&value).is_some() {
            return false;
        }
        self.0.push(value);
        true
    }

    /// Puts the value in, giving back an equal one it replaces.
    pub fn replace(&mut self, value: T) -> Option<T> {
        match self.position(&value) {
            Some(at) => Some(std::mem::replace(&mut self.0[at], value)),
            None => {
                self.0.push(value);
                None
            }
        }
    }

    pub fn take<Q: ?Sized + Eq>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        self.position(value).map(|at| self.0.swap_remove(at))
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep)
    }

    pub fn drain(&mut self) -> std::vec::Drain<'_, T> {
        self.0.drain(..)
    }
}
