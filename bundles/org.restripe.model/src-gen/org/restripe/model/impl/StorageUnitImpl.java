/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.restripe.model.CacheSettings;
import org.restripe.model.CkdDevice;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.RestripePackage;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Storage Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getCatalogModel <em>Catalog Model</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#isVolumeSlicing <em>Volume Slicing</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getTrays <em>Trays</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getVolumes <em>Volumes</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getLuns <em>Luns</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getPorts <em>Ports</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getCkdDevices <em>Ckd Devices</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getCache <em>Cache</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getRawCapacity <em>Raw Capacity</em>}</li>
 *   <li>{@link org.restripe.model.impl.StorageUnitImpl#getUsableCapacity <em>Usable Capacity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StorageUnitImpl extends DiagramElementImpl implements StorageUnit {
	/**
	 * The default value of the '{@link #getCatalogModel() <em>Catalog Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOG_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogModel() <em>Catalog Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogModel()
	 * @generated
	 * @ordered
	 */
	protected String catalogModel = CATALOG_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected String firmware = FIRMWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isVolumeSlicing() <em>Volume Slicing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVolumeSlicing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VOLUME_SLICING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVolumeSlicing() <em>Volume Slicing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVolumeSlicing()
	 * @generated
	 * @ordered
	 */
	protected boolean volumeSlicing = VOLUME_SLICING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrays() <em>Trays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrays()
	 * @generated
	 * @ordered
	 */
	protected EList<Tray> trays;

	/**
	 * The cached value of the '{@link #getVolumes() <em>Volumes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumes()
	 * @generated
	 * @ordered
	 */
	protected EList<Volume> volumes;

	/**
	 * The cached value of the '{@link #getLuns() <em>Luns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Lun> luns;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<LunMapping> mappings;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<Port> ports;

	/**
	 * The cached value of the '{@link #getCkdDevices() <em>Ckd Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCkdDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<CkdDevice> ckdDevices;

	/**
	 * The cached value of the '{@link #getCache() <em>Cache</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCache()
	 * @generated
	 * @ordered
	 */
	protected CacheSettings cache;

	/**
	 * The default value of the '{@link #getRawCapacity() <em>Raw Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long RAW_CAPACITY_EDEFAULT = 0L;

	/**
	 * The default value of the '{@link #getUsableCapacity() <em>Usable Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsableCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final long USABLE_CAPACITY_EDEFAULT = 0L;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StorageUnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.STORAGE_UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogModel() {
		return catalogModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogModel(String newCatalogModel) {
		String oldCatalogModel = catalogModel;
		catalogModel = newCatalogModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__CATALOG_MODEL, oldCatalogModel, catalogModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(String newFirmware) {
		String oldFirmware = firmware;
		firmware = newFirmware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__FIRMWARE, oldFirmware, firmware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVolumeSlicing() {
		return volumeSlicing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeSlicing(boolean newVolumeSlicing) {
		boolean oldVolumeSlicing = volumeSlicing;
		volumeSlicing = newVolumeSlicing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__VOLUME_SLICING, oldVolumeSlicing, volumeSlicing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tray> getTrays() {
		if (trays == null) {
			trays = new EObjectContainmentEList<Tray>(Tray.class, this, RestripePackage.STORAGE_UNIT__TRAYS);
		}
		return trays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Volume> getVolumes() {
		if (volumes == null) {
			volumes = new EObjectContainmentEList<Volume>(Volume.class, this, RestripePackage.STORAGE_UNIT__VOLUMES);
		}
		return volumes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lun> getLuns() {
		if (luns == null) {
			luns = new EObjectContainmentEList<Lun>(Lun.class, this, RestripePackage.STORAGE_UNIT__LUNS);
		}
		return luns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LunMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<LunMapping>(LunMapping.class, this, RestripePackage.STORAGE_UNIT__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Port> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentEList<Port>(Port.class, this, RestripePackage.STORAGE_UNIT__PORTS);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CkdDevice> getCkdDevices() {
		if (ckdDevices == null) {
			ckdDevices = new EObjectContainmentEList<CkdDevice>(CkdDevice.class, this, RestripePackage.STORAGE_UNIT__CKD_DEVICES);
		}
		return ckdDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheSettings getCache() {
		return cache;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCache(CacheSettings newCache, NotificationChain msgs) {
		CacheSettings oldCache = cache;
		cache = newCache;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__CACHE, oldCache, newCache);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCache(CacheSettings newCache) {
		if (newCache != cache) {
			NotificationChain msgs = null;
			if (cache != null)
				msgs = ((InternalEObject)cache).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RestripePackage.STORAGE_UNIT__CACHE, null, msgs);
			if (newCache != null)
				msgs = ((InternalEObject)newCache).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RestripePackage.STORAGE_UNIT__CACHE, null, msgs);
			msgs = basicSetCache(newCache, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RestripePackage.STORAGE_UNIT__CACHE, newCache, newCache));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRawCapacity() {
		return org.restripe.model.sizing.Capacities.rawCapacity(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUsableCapacity() {
		return org.restripe.model.sizing.Capacities.usableCapacity(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RestripePackage.STORAGE_UNIT__TRAYS:
				return ((InternalEList<?>)getTrays()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__VOLUMES:
				return ((InternalEList<?>)getVolumes()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__LUNS:
				return ((InternalEList<?>)getLuns()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__CKD_DEVICES:
				return ((InternalEList<?>)getCkdDevices()).basicRemove(otherEnd, msgs);
			case RestripePackage.STORAGE_UNIT__CACHE:
				return basicSetCache(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RestripePackage.STORAGE_UNIT__CATALOG_MODEL:
				return getCatalogModel();
			case RestripePackage.STORAGE_UNIT__FIRMWARE:
				return getFirmware();
			case RestripePackage.STORAGE_UNIT__ADDRESS:
				return getAddress();
			case RestripePackage.STORAGE_UNIT__VOLUME_SLICING:
				return isVolumeSlicing();
			case RestripePackage.STORAGE_UNIT__TRAYS:
				return getTrays();
			case RestripePackage.STORAGE_UNIT__VOLUMES:
				return getVolumes();
			case RestripePackage.STORAGE_UNIT__LUNS:
				return getLuns();
			case RestripePackage.STORAGE_UNIT__MAPPINGS:
				return getMappings();
			case RestripePackage.STORAGE_UNIT__PORTS:
				return getPorts();
			case RestripePackage.STORAGE_UNIT__CKD_DEVICES:
				return getCkdDevices();
			case RestripePackage.STORAGE_UNIT__CACHE:
				return getCache();
			case RestripePackage.STORAGE_UNIT__RAW_CAPACITY:
				return getRawCapacity();
			case RestripePackage.STORAGE_UNIT__USABLE_CAPACITY:
				return getUsableCapacity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RestripePackage.STORAGE_UNIT__CATALOG_MODEL:
				setCatalogModel((String)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__FIRMWARE:
				setFirmware((String)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__ADDRESS:
				setAddress((String)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__VOLUME_SLICING:
				setVolumeSlicing((Boolean)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__TRAYS:
				getTrays().clear();
				getTrays().addAll((Collection<? extends Tray>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__VOLUMES:
				getVolumes().clear();
				getVolumes().addAll((Collection<? extends Volume>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__LUNS:
				getLuns().clear();
				getLuns().addAll((Collection<? extends Lun>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends LunMapping>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends Port>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__CKD_DEVICES:
				getCkdDevices().clear();
				getCkdDevices().addAll((Collection<? extends CkdDevice>)newValue);
				return;
			case RestripePackage.STORAGE_UNIT__CACHE:
				setCache((CacheSettings)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RestripePackage.STORAGE_UNIT__CATALOG_MODEL:
				setCatalogModel(CATALOG_MODEL_EDEFAULT);
				return;
			case RestripePackage.STORAGE_UNIT__FIRMWARE:
				setFirmware(FIRMWARE_EDEFAULT);
				return;
			case RestripePackage.STORAGE_UNIT__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RestripePackage.STORAGE_UNIT__VOLUME_SLICING:
				setVolumeSlicing(VOLUME_SLICING_EDEFAULT);
				return;
			case RestripePackage.STORAGE_UNIT__TRAYS:
				getTrays().clear();
				return;
			case RestripePackage.STORAGE_UNIT__VOLUMES:
				getVolumes().clear();
				return;
			case RestripePackage.STORAGE_UNIT__LUNS:
				getLuns().clear();
				return;
			case RestripePackage.STORAGE_UNIT__MAPPINGS:
				getMappings().clear();
				return;
			case RestripePackage.STORAGE_UNIT__PORTS:
				getPorts().clear();
				return;
			case RestripePackage.STORAGE_UNIT__CKD_DEVICES:
				getCkdDevices().clear();
				return;
			case RestripePackage.STORAGE_UNIT__CACHE:
				setCache((CacheSettings)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RestripePackage.STORAGE_UNIT__CATALOG_MODEL:
				return CATALOG_MODEL_EDEFAULT == null ? catalogModel != null : !CATALOG_MODEL_EDEFAULT.equals(catalogModel);
			case RestripePackage.STORAGE_UNIT__FIRMWARE:
				return FIRMWARE_EDEFAULT == null ? firmware != null : !FIRMWARE_EDEFAULT.equals(firmware);
			case RestripePackage.STORAGE_UNIT__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RestripePackage.STORAGE_UNIT__VOLUME_SLICING:
				return volumeSlicing != VOLUME_SLICING_EDEFAULT;
			case RestripePackage.STORAGE_UNIT__TRAYS:
				return trays != null && !trays.isEmpty();
			case RestripePackage.STORAGE_UNIT__VOLUMES:
				return volumes != null && !volumes.isEmpty();
			case RestripePackage.STORAGE_UNIT__LUNS:
				return luns != null && !luns.isEmpty();
			case RestripePackage.STORAGE_UNIT__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case RestripePackage.STORAGE_UNIT__PORTS:
				return ports != null && !ports.isEmpty();
			case RestripePackage.STORAGE_UNIT__CKD_DEVICES:
				return ckdDevices != null && !ckdDevices.isEmpty();
			case RestripePackage.STORAGE_UNIT__CACHE:
				return cache != null;
			case RestripePackage.STORAGE_UNIT__RAW_CAPACITY:
				return getRawCapacity() != RAW_CAPACITY_EDEFAULT;
			case RestripePackage.STORAGE_UNIT__USABLE_CAPACITY:
				return getUsableCapacity() != USABLE_CAPACITY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (catalogModel: ");
		result.append(catalogModel);
		result.append(", firmware: ");
		result.append(firmware);
		result.append(", address: ");
		result.append(address);
		result.append(", volumeSlicing: ");
		result.append(volumeSlicing);
		result.append(')');
		return result.toString();
	}

} //StorageUnitImpl
