/**
 */
package org.restripe.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.restripe.model.Host;
import org.restripe.model.RestripePackage;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subsystem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.restripe.model.impl.SubsystemImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.restripe.model.impl.SubsystemImpl#getStorageUnits <em>Storage Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubsystemImpl extends DiagramElementImpl implements Subsystem {
	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getStorageUnits() <em>Storage Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<StorageUnit> storageUnits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubsystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RestripePackage.Literals.SUBSYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectResolvingEList<Host>(Host.class, this, RestripePackage.SUBSYSTEM__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StorageUnit> getStorageUnits() {
		if (storageUnits == null) {
			storageUnits = new EObjectContainmentEList<StorageUnit>(StorageUnit.class, this, RestripePackage.SUBSYSTEM__STORAGE_UNITS);
		}
		return storageUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RestripePackage.SUBSYSTEM__STORAGE_UNITS:
				return ((InternalEList<?>)getStorageUnits()).basicRemove(otherEnd, msgs);
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
			case RestripePackage.SUBSYSTEM__HOSTS:
				return getHosts();
			case RestripePackage.SUBSYSTEM__STORAGE_UNITS:
				return getStorageUnits();
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
			case RestripePackage.SUBSYSTEM__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case RestripePackage.SUBSYSTEM__STORAGE_UNITS:
				getStorageUnits().clear();
				getStorageUnits().addAll((Collection<? extends StorageUnit>)newValue);
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
			case RestripePackage.SUBSYSTEM__HOSTS:
				getHosts().clear();
				return;
			case RestripePackage.SUBSYSTEM__STORAGE_UNITS:
				getStorageUnits().clear();
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
			case RestripePackage.SUBSYSTEM__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case RestripePackage.SUBSYSTEM__STORAGE_UNITS:
				return storageUnits != null && !storageUnits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SubsystemImpl
